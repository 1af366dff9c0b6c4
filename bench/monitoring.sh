#!/usr/bin/env bash
# Benchmark of monitoring (issue 11) on the national dataset (bench/national-data.sh) in the PostgreSQL
# database KOMBEL_BENCH_DB_NAME (default kombel_bench_national; generated at KOMBEL_BENCH_SCALE when
# missing, reused when present): the read model built on first start, summaries and a regency community
# list at 16 connections (wrk), and how soon a check-in shows. Results: target/benchmarks/monitoring.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$( (ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null || true) | sort -rV | head -1)
  export JAVA_HOME
fi
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
./mvnw -B -q test-compile
./mvnw -B test -Dtest=MonitoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "$@"
cat target/benchmarks/monitoring.md
