#!/usr/bin/env bash
# A freshly started node (issue 17): starts the packaged application on the benchmark database of
# ./bench/communities.sh (KOMBEL_BENCH_DB_NAME, default kombel_bench: its dataset, its members' tokens
# and its request list target/benchmarks/page.tsv must exist, so run that benchmark first), waits until
# readiness says UP (what a load balancer waits for), then replays the signed-in community page with wrk
# (2 threads, 32 connections) in ten 1-second buckets. Twice: with the warm-up (kombel.warm-up, the
# default 8 s) and without (--kombel.warm-up=0s). Results: target/benchmarks/startup.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$( (ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null || true) | sort -rV | head -1)
  export JAVA_HOME
fi
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
DB=${KOMBEL_BENCH_DB_NAME:-kombel_bench}
PGUSER=${PGUSER:-postgres}
PORT=${KOMBEL_BENCH_PORT:-8491}
OUT=target/benchmarks; WORK=target/bench-startup; mkdir -p "$OUT" "$WORK"
[ -f "$OUT/page.tsv" ] || { echo "run ./bench/communities.sh first (no $OUT/page.tsv)" >&2; exit 1; }
[ -f target/kombel-0.1.0.jar ] || ./mvnw -B -q package -DskipTests
cp src/test/resources/bench/requests.lua "$WORK/requests.lua"
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; }
trap cleanup EXIT

run() { # label, extra arguments...
  local label=$1; shift
  local t0; t0=$(date +%s%N)
  KOMBEL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB KOMBEL_DB_USER=$PGUSER \
    "$JAVA_HOME/bin/java" -Xmx1g ${KOMBEL_BENCH_JAVA_OPTS:-} -jar target/kombel-0.1.0.jar --spring.profiles.active=postgres \
    --server.port="$PORT" --kombel.data-dir="$WORK/data" --kombel.secret=bench-startup-secret "$@" \
    > "$WORK/$label.log" 2>&1 &
  PID=$!
  local up=
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then up=1; break; fi
    sleep 0.2
  done
  [ -n "$up" ] || { echo "node did not become ready; see $WORK/$label.log" >&2; exit 1; }
  local ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local row="| $label | $(awk "BEGIN{printf \"%.1f\", $ready_ms/1000}")"
  local total=0 worst=0
  for s in $(seq 1 10); do
    local r; r=$(wrk -t2 -c32 -d1s --timeout 5s --latency -s "$WORK/requests.lua" "http://127.0.0.1:$PORT" -- "$OUT/page.tsv")
    local rps; rps=$(echo "$r" | awk '/Requests\/sec/{printf "%.0f", $2}')
    local p99; p99=$(echo "$r" | awk '$1=="99%"{v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; printf "%.0f", v}')
    row="$row | $rps / $p99"
  done
  echo "$row |" >> "$WORK/rows"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

rm -f "$WORK/rows"
run "with warm-up (kombel.warm-up=8s)"
run "without warm-up (kombel.warm-up=0s)" --kombel.warm-up=0s
{
  echo "Freshly started node on database $DB: the signed-in community page (target/benchmarks/page.tsv), wrk 2 threads,"
  echo "32 connections, from the moment /actuator/health/readiness answers UP; each cell: requests/s / p99 ms of that second."
  echo "Machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/') (shared)."
  echo
  echo "| Start | Ready after s | 0-1 s | 1-2 s | 2-3 s | 3-4 s | 4-5 s | 5-6 s | 6-7 s | 7-8 s | 8-9 s | 9-10 s |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  cat "$WORK/rows"
} > "$OUT/startup.md"
cat "$OUT/startup.md"
