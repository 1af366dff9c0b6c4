#!/usr/bin/env bash
# Benchmark of knowledge search (issue 5): 1,000,000 generated Indonesian items in PostgreSQL
# (database KOMBEL_BENCH_DB_NAME, default kombel_bench_knowledge), embedded Lucene index; full reindex
# time, search latency and the server's CPU per request (wrk), indexing throughput, freshness. KOMBEL_BENCH_ITEMS (default 1000000) sets the size,
# KOMBEL_BENCH_SECONDS (default 30) each run's length. Results: target/benchmarks/knowledge.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
bench_wrk
bench_postgres
bench_test KnowledgeBenchmark "$@"
cat target/benchmarks/knowledge.md
