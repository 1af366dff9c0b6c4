#!/usr/bin/env bash
# National scale benchmark (issue 17): community pages and questions with spread (Zipf) traffic, the
# hot set, community lists with distinct filters, check-ins, on the dataset of NationalDataset sized by
# KOMBEL_BENCH_SCALE (1 = a province, 30 = the nation) in the PostgreSQL database KOMBEL_BENCH_DB_NAME
# (default kombel_bench_national; reused when it holds that scale, filled when empty: make it first
# with bench/national-data.sh, which reports the generation), KOMBEL_BENCH_DURATION per scenario.
# Results: target/benchmarks/national.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$( (ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null || true) | sort -rV | head -1)
  export JAVA_HOME
fi
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
./mvnw -B -q test-compile "$@"
./mvnw -B test -Dtest=NationalBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "$@"
cat target/benchmarks/national.md
