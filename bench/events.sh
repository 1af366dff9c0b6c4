#!/usr/bin/env bash
# Benchmark of programme events (issue 4): a 5,000-row roster import and check-ins at 33 venues at
# once, on PostgreSQL (database kombel_bench_events, app on port 8282). Results: target/benchmarks/events.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null | sort -rV | head -1 || true)
  export JAVA_HOME
fi
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
./mvnw -B -q test-compile
./mvnw -B test -Dtest=EventBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "$@"
cat target/benchmarks/events.md
