#!/usr/bin/env bash
# Benchmark of programme events (issue 4): a 5,000-row roster import and check-ins at 33 venues at
# once, on PostgreSQL (database kombel_bench_events, app on port 8282). Results: target/benchmarks/events.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
bench_postgres
bench_test EventBenchmark "$@"
cat target/benchmarks/events.md
