#!/usr/bin/env bash
# Benchmark of monitoring (issue 11) on the national dataset (bench/national-data.sh) in the PostgreSQL
# database KOMBEL_BENCH_DB_NAME (default kombel_bench_national; generated at KOMBEL_BENCH_SCALE when
# missing, reused when present): the read model built on first start, summaries and a regency community
# list at 16 connections (wrk), and how soon a check-in shows. Results: target/benchmarks/monitoring.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
bench_wrk
bench_postgres
bench_test MonitoringBenchmark "$@"
cat target/benchmarks/monitoring.md
