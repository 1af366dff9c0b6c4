#!/usr/bin/env bash
# What a member's community page costs around its data (issue 17), counted per request so that it
# compares on a shared machine: the hot set as page and as JSON API answer, and pages in no cache,
# each KOMBEL_BENCH_REQUESTS requests (default 20000) after a warm-up of as many, on the dataset of
# bench/national-data.sh (KOMBEL_BENCH_SCALE, KOMBEL_BENCH_DB_NAME). Results:
# target/benchmarks/pagecost.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
bench_wrk
bench_postgres
bench_test PageCostBenchmark "$@"
cat target/benchmarks/pagecost.md
