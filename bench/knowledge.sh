#!/usr/bin/env bash
# Benchmark of knowledge search (issue 5): 1,000,000 generated Indonesian items in PostgreSQL
# (database KOMBEL_BENCH_DB_NAME, default kombel_bench_knowledge), embedded Lucene index; full reindex
# time, search latency and the server's CPU per request (wrk), indexing throughput, freshness. KOMBEL_BENCH_ITEMS (default 1000000) sets the size,
# KOMBEL_BENCH_SECONDS (default 30) each run's length. Results: target/benchmarks/knowledge.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$( (ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null || true) | sort -rV | head -1)
  export JAVA_HOME
fi
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
./mvnw -B -q test-compile "$@"
./mvnw -B test -Dtest=KnowledgeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "$@"
cat target/benchmarks/knowledge.md
