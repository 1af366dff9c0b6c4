#!/usr/bin/env bash
# What a member's community page costs around its data (issue 17), counted per request so that it
# compares on a shared machine: the hot set as page and as JSON API answer, and pages in no cache,
# each KOMBEL_BENCH_REQUESTS requests (default 20000) after a warm-up of as many, on the dataset of
# bench/national-data.sh (KOMBEL_BENCH_SCALE, KOMBEL_BENCH_DB_NAME). Results:
# target/benchmarks/pagecost.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$( (ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null || true) | sort -rV | head -1)
  export JAVA_HOME
fi
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
./mvnw -B -q test-compile "$@"
./mvnw -B test -Dtest=PageCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "$@"
cat target/benchmarks/pagecost.md
