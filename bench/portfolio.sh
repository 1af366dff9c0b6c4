#!/usr/bin/env bash
# Benchmark of the portfolio (issue 12): the merged PDF of 60 certificates and 30 photos of 3-8 MB,
# which must be made in under 5 s and stay at most 10 MB (no database needed), and the portfolio page
# of a year (p95 under 100 ms) on the province-sized dataset in PostgreSQL (database
# KOMBEL_BENCH_DB_NAME, default kombel_bench_portfolio, generated when empty), driven by wrk.
# KOMBEL_BENCH_ONLY=pdf or page runs one of them.
# Results: target/benchmarks/portfolio.md and target/benchmarks/portfolio-page.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
case "${KOMBEL_BENCH_ONLY:-}" in
  pdf) tests=PortfolioBenchmark ;;
  page) tests=PortfolioPageBenchmark ;;
  *) tests=PortfolioBenchmark,PortfolioPageBenchmark ;;
esac
if [[ "$tests" == *Page* ]]; then
  bench_wrk
  bench_postgres
fi
bench_test "$tests" "$@"
for f in target/benchmarks/portfolio.md target/benchmarks/portfolio-page.md; do
  if [ -f "$f" ]; then cat "$f"; fi
done
