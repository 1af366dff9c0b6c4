#!/usr/bin/env bash
# National scale benchmark (issue 17): community pages and questions with spread (Zipf) traffic, the
# hot set, community lists with distinct filters, check-ins, on the dataset of NationalDataset sized by
# KOMBEL_BENCH_SCALE (1 = a province, 30 = the nation) in the PostgreSQL database KOMBEL_BENCH_DB_NAME
# (default kombel_bench_national; reused when it holds that scale, filled when empty: make it first
# with bench/national-data.sh, which reports the generation), KOMBEL_BENCH_DURATION per scenario.
# The server runs with KOMBEL_BENCH_JAVA_OPTS (default -XX:+UseZGC, as README recommends for a node; set
# empty for the JVM's defaults); more JVM options, e.g. a flight recording, with -o "-DargLine=…" replace them.
# Results: target/benchmarks/national.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
bench_wrk
bench_postgres
bench_test NationalBenchmark "-DargLine=${KOMBEL_BENCH_JAVA_OPTS--XX:+UseZGC}" "$@"
cat target/benchmarks/national.md
