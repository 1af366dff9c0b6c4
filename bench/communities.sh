#!/usr/bin/env bash
# Benchmark of communities (issue 3): community page, community list and check-in on a
# province-sized dataset in PostgreSQL, driven by wrk. Results: target/benchmarks/communities.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
bench_wrk
bench_postgres
bench_test CommunityBenchmark "$@"
cat target/benchmarks/communities.md
