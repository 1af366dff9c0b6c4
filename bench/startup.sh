#!/usr/bin/env bash
# A freshly started node (issue 17): on the national dataset of bench/national-data.sh in
# KOMBEL_BENCH_DB_NAME (default kombel_bench_national), starts the packaged application, times from the
# process start until readiness says UP (what a load balancer waits for), then replays the signed-in
# community page with the national benchmark's spread traffic (Zipf over all communities; requests of
# StartupRequests) with wrk (2 threads, 32 connections) in 1-second buckets for KOMBEL_BENCH_SECONDS
# (default 40) after ready, each bucket on requests not sent before; then 30 s more of load and 10
# buckets more as the steady state. Starts compared (KOMBEL_BENCH_STARTS picks some, e.g. "warm aot"):
#   warm        the default warm-up: public pages and, signed in with the warm-up pass, the modules'
#               pages, until the JIT settles (at most kombel.warm-up, 20 s)
#   warm8       the warm-up as it was: 8 s of public pages only
#   nowarm      no warm-up (kombel.warm-up=0s)
#   extracted   the extracted jar, default warm-up
#   aot         the extracted jar with the JDK's AOT cache, trained by the warm-up alone (a training
#               run that warms up and exits: no outside traffic), default warm-up
#   aot-traffic the same with a cache trained on the warm-up and 30 s of the measured kind of traffic
#   aot-nowarm  the warm-up-trained cache, no warm-up
# A start may carry more options after a colon, comma-separated: JVM options, and application
# arguments starting with "--" (e.g. "warm:-XX:CICompilerCount=3" or "aot:-Xms1g,--kombel.warm-up=30s").
# Every start runs with KOMBEL_BENCH_JAVA_OPTS (default -XX:+UseZGC, as README recommends for a node).
# Each figure carries the machine's 1-minute load average. Results: target/benchmarks/startup.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java 25
bench_wrk
bench_postgres
DB=${KOMBEL_BENCH_DB_NAME:-kombel_bench_national}
export KOMBEL_BENCH_DB_NAME=$DB
PGUSER=${PGUSER:-postgres}
PORT=${KOMBEL_BENCH_PORT:-8491}
SECONDS_AFTER=${KOMBEL_BENCH_SECONDS:-40}
STARTS=${KOMBEL_BENCH_STARTS:-warm warm8 nowarm aot aot-traffic}
OUT=target/benchmarks; WORK=target/bench-startup; mkdir -p "$OUT" "$WORK"
# the nodes' JVM options, as README recommends them (the Z collector); set empty for the JVM's defaults
JVM_OPTS=${KOMBEL_BENCH_JAVA_OPTS--XX:+UseZGC}
JAR=target/kombel-0.1.0.jar
[ -f "$JAR" ] || ./mvnw -B -q -o package -DskipTests
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  id.kombel.bench.StartupRequests "$WORK"
cp src/test/resources/bench/requests.lua src/test/resources/bench/requestfile.lua "$WORK/"
rm -rf "$WORK/buckets"; mkdir -p "$WORK/buckets"
# 10,000 requests a second is more than a node of two cores serves; a bucket that runs out starts over
split -l 10000 -d -a 3 "$WORK/startup-page.tsv" "$WORK/buckets/b"
BUCKETS=("$WORK"/buckets/b*)
NEXT=0
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; }
trap cleanup EXIT

load() { cut -d' ' -f1 /proc/loadavg; }

# one wrk run: duration, request file; prints "requests/s p50-ms p99-ms statuses" (">1000" when no answer
# came within a 1-second run: wrk drops what is still in flight when its time is up)
measure() {
  local r; r=$(LUA_PATH="$WORK/?.lua;;" wrk -t2 -c32 -d"$1" --timeout 5s -s "$WORK/requests.lua" "http://127.0.0.1:$PORT" -- "$2" | grep '^RESULT ')
  echo "$r" | sed 's/^RESULT //' | awk '{
    match($0, /"requests":[0-9]+/); n = substr($0, RSTART + 11, RLENGTH - 11)
    match($0, /"durationMicros":[0-9]+/); d = substr($0, RSTART + 17, RLENGTH - 17)
    match($0, /"p50":[0-9]+/); p50 = substr($0, RSTART + 6, RLENGTH - 6)
    match($0, /"p99":[0-9]+/); p99 = substr($0, RSTART + 6, RLENGTH - 6)
    match($0, /"statuses":\{[^}]*\}/); s = substr($0, RSTART + 11, RLENGTH - 11); gsub(/"/, "", s)
    if (n == 0) { print "0 >1000 >1000 {}"; exit }
    printf "%.0f %.1f %.1f %s\n", n / (d / 1e6), p50 / 1000, p99 / 1000, s }'
}

bucket() { # the next unused bucket of requests
  echo "${BUCKETS[$((NEXT % ${#BUCKETS[@]}))]}"; NEXT=$((NEXT + 1))
}

start() { # label, java options, jar, application arguments...
  local label=$1 opts=$2 jar=$3; shift 3
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  KOMBEL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB KOMBEL_DB_USER=$PGUSER \
    "$JAVA_HOME/bin/java" -Xmx1g $opts $JVM_OPTS -jar "$jar" --spring.profiles.active=postgres \
    --server.port="$PORT" --kombel.data-dir="$WORK/data" --kombel.secret=bench-startup-secret \
    --kombel.search.rebuild-when-stale=false --kombel.search.lucene.allow-several-nodes=true "$@" \
    > "$WORK/$label.log" 2>&1 &
  PID=$!
  local up=
  for _ in $(seq 1 3000); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then up=1; break; fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
  done
  [ -n "$up" ] || { echo "node did not become ready; see $WORK/$label.log" >&2; exit 1; }
  READY=$(awk "BEGIN{printf \"%.1f\", ($(date +%s%N) - $t0) / 1e9}")
  # what the warm-up did, from its log line: requests, seconds, why it stopped
  WARMED=$(grep -o 'Warmed up with [0-9]* requests ([0-9]* signed in) in [0-9]* ms ([a-z ]*)' "$WORK/$label.log" |
    sed -E 's/Warmed up with ([0-9]+) requests \(([0-9]+) signed in\) in ([0-9]+) ms \(([a-z ]+)\)/\1 \2 \3 \4/' |
    awk '{printf "%.1f s, %d req (%d signed in), %s %s", $3 / 1000, $1, $2, $4, $5}')
  [ -n "$WARMED" ] || WARMED="none"
}

train() { # cache file, then application arguments: a training run that warms up and exits (with the nodes'
  # JVM options: a cache made with another collector is refused)
  local cache=$1; shift
  rm -f "$cache"
  KOMBEL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB KOMBEL_DB_USER=$PGUSER \
    "$JAVA_HOME/bin/java" -Xmx1g $JVM_OPTS "-XX:AOTCacheOutput=$cache" -jar "$EXTRACTED" --spring.profiles.active=postgres \
    --server.port="$PORT" --kombel.data-dir="$WORK/data" --kombel.secret=bench-startup-secret \
    --kombel.search.rebuild-when-stale=false --kombel.search.lucene.allow-several-nodes=true \
    --kombel.warm-up-then-exit=true "$@" > "$WORK/$(basename "$cache").log" 2>&1 || true
  [ -f "$cache" ] || { echo "no AOT cache written; see $WORK/$(basename "$cache").log" >&2; exit 1; }
}

stop() {
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

run() { # name, label, java options, jar, application arguments...
  local name=$1 label=$2; shift 2
  start "$name" "$@"
  local ready=$READY warmed=$WARMED
  local ready_load; ready_load=$(load)
  local cells=() s m
  for s in $(seq 0 $((SECONDS_AFTER - 1))); do
    local l; l=$(load)
    m=$(measure 1s "$(bucket)")
    cells+=("$m")
    echo "| $label | $s–$((s + 1)) | $(echo "$m" | awk '{print $1 " | " $2 " | " $3}') | $l | $(echo "$m" | cut -d' ' -f4) |" >> "$WORK/detail"
  done
  measure 30s "$WORK/startup-warm.tsv" > /dev/null
  local steady=()
  for s in $(seq 1 10); do
    steady+=("$(measure 1s "$(bucket)")")
  done
  local end_load; end_load=$(load)
  stop
  # steady state: the median of the ten later buckets
  local srps sp99
  srps=$(printf '%s\n' "${steady[@]}" | awk '{print $1}' | sort -n | sed -n 5p)
  sp99=$(printf '%s\n' "${steady[@]}" | awk '{print $3}' | sort -n | sed -n 5p)
  # full speed: the first second from which every second serves ≥ 90 % of the steady requests/s
  local full=-1 i
  for ((i = ${#cells[@]} - 1; i >= 0; i--)); do
    local rps; rps=$(echo "${cells[$i]}" | awk '{print $1}')
    if [ "$rps" -ge $((srps * 9 / 10)) ]; then full=$i; else break; fi
  done
  local fs fp
  if [ "$full" -lt 0 ]; then fs="not within $SECONDS_AFTER s"; fp="> $(awk "BEGIN{printf \"%.0f\", $ready + $SECONDS_AFTER}") s"
  else fs="$full s"; fp="$(awk "BEGIN{printf \"%.1f\", $ready + $full}") s"; fi
  sum() { printf '%s\n' "${cells[@]:$1:$2}" | awk 'NF == 0 {next} {n += $1; if ($3 ~ />/) slow = 1; else if ($3 + 0 > p) p = $3} END {if (NR == 0 || n == 0 && p == 0 && !slow) printf "–"; else if (slow) printf "%.0f / >1000", n / NR; else printf "%.0f / %.0f", n / NR, p}'; }
  echo "| $label | $ready | $warmed | $(sum 0 2) | $(sum 2 3) | $(sum 5 5) | $(sum 10 10) | $(sum 20 $((SECONDS_AFTER - 20))) | $srps / $sp99 | $fs | $fp | $ready_load / $end_load |" >> "$WORK/rows"
}

rm -f "$WORK/rows" "$WORK/detail"
EXTRACTED=$WORK/extracted/kombel-0.1.0.jar
# the extracted jar and the caches are made again only for another jar (a cache is valid for the very
# files it was trained on)
if [[ " $STARTS " == *" extracted"* || " $STARTS " == *" aot"* ]] && [ ! "$WORK/extracted/.made" -nt "$JAR" ]; then
  rm -rf "$WORK/extracted" "$WORK"/*.aot
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
  touch "$WORK/extracted/.made"
fi
if [[ " $STARTS " == *" aot"[\ :]* || " $STARTS " == *" aot-nowarm"* ]] && { [ ! "$WORK/warm-up.aot" -nt "$WORK/extracted/.made" ] ||
  [ "$(cat "$WORK/warm-up.aot.opts" 2>/dev/null)" != "$JVM_OPTS" ]; }; then
  # what an operator runs once per release: the warm-up alone trains the cache, no traffic needed
  train "$WORK/warm-up.aot"
  echo "$JVM_OPTS" > "$WORK/warm-up.aot.opts"
fi
if [[ " $STARTS " == *" aot-traffic"* ]] && [ ! "$WORK/traffic.aot" -nt "$WORK/extracted/.made" ]; then
  # as before: the warm-up and 30 s of the same kind of traffic, drawn apart from the measured one
  rm -f "$WORK/traffic.aot"
  start aot-training "-XX:AOTCacheOutput=$WORK/traffic.aot" "$EXTRACTED"
  measure 30s "$WORK/startup-warm.tsv" > /dev/null
  stop
  [ -f "$WORK/traffic.aot" ] || { echo "no AOT cache written; see $WORK/aot-training.log" >&2; exit 1; }
fi
for s in $STARTS; do
  name=${s%%:*}; extra=; args=()
  if [[ "$s" == *:* ]]; then
    IFS=',' read -ra more <<< "${s#*:}"
    for o in "${more[@]}"; do if [[ "$o" == --* ]]; then args+=("$o"); else extra="$extra $o"; fi; done
  fi
  suffix=${s#"$name"}; s=$(echo "$s" | tr -c 'A-Za-z0-9=.\n-' '_')
  case $name in
    warm) run "$s" "java -jar, warm-up$suffix" "$extra" "$JAR" "${args[@]}" ;;
    warm8) run "$s" "java -jar, warm-up 8 s of public pages$suffix" "$extra" "$JAR" --kombel.warm-up=8s \
      --kombel.warm-up-until=time --kombel.warm-up-signed-in=0 "${args[@]}" ;;
    nowarm) run "$s" "java -jar, no warm-up$suffix" "$extra" "$JAR" --kombel.warm-up=0s "${args[@]}" ;;
    extracted) run "$s" "extracted jar, warm-up$suffix" "$extra" "$EXTRACTED" "${args[@]}" ;;
    aot) run "$s" "AOT cache (trained by the warm-up), warm-up$suffix" "-XX:AOTCache=$WORK/warm-up.aot$extra" \
      "$EXTRACTED" "${args[@]}" ;;
    aot-traffic) run "$s" "AOT cache (trained with traffic), warm-up$suffix" "-XX:AOTCache=$WORK/traffic.aot$extra" \
      "$EXTRACTED" "${args[@]}" ;;
    aot-nowarm) run "$s" "AOT cache (trained by the warm-up), no warm-up$suffix" \
      "-XX:AOTCache=$WORK/warm-up.aot$extra" "$EXTRACTED" --kombel.warm-up=0s "${args[@]}" ;;
    *) echo "unknown start $s" >&2; exit 1 ;;
  esac
done
{
  echo "# A freshly started node"
  echo
  echo "Database $DB ($(psql -h 127.0.0.1 -U "$PGUSER" -d "$DB" -Atc 'select count(*) from community') communities): the signed-in"
  echo "community page with spread traffic (Zipf over all communities, as bench/national.sh), wrk 2 threads, 32"
  echo "connections, 1-second runs one after another from the moment /actuator/health/readiness answers UP, each"
  echo "on requests not sent before. Ready: seconds from the process start (the warm-up is part of it: the"
  echo "balancer sends nobody before). Warm-up: its length, requests and why it stopped (settled: the JIT idle"
  echo "and its rate flat). Cells: mean requests/s / worst p99 ms of the seconds in that span after ready."
  echo "Steady: the median second of ten more after 30 s more load. Full speed: from which second after ready"
  echo "every second serves ≥ 90 % of the steady requests/s, and that moment counted from the process start."
  echo "Load: the machine's 1-minute load average (shared by other work) at ready / at the end."
  echo "Machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); JVM options: ${JVM_OPTS:-none} -Xmx1g."
  echo
  echo "| Start | Ready s | Warm-up | 0–2 s | 2–5 s | 5–10 s | 10–20 s | 20–${SECONDS_AFTER} s | Steady | Full speed after ready | Full speed after process start | Load |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  cat "$WORK/rows"
  echo
  echo "Each second after ready:"
  echo
  echo "| Start | Second | Requests/s | Median ms | p99 ms | Load | Responses |"
  echo "|---|---|---:|---:|---:|---:|---|"
  cat "$WORK/detail"
} > "$OUT/startup.md"
cat "$OUT/startup.md"
