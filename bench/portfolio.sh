#!/usr/bin/env bash
# Benchmark of the portfolio (issue 12): the merged PDF of 60 certificates and 30 photos of 3-8 MB,
# which must be made in under 5 s and stay at most 10 MB (no database needed), and the portfolio page
# of a year (p95 under 100 ms) on the province-sized dataset in PostgreSQL (database
# KOMBEL_BENCH_DB_NAME, default kombel_bench_portfolio, generated when empty), driven by wrk.
# KOMBEL_BENCH_ONLY=pdf or page runs one of them.
# Results: target/benchmarks/portfolio.md and target/benchmarks/portfolio-page.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null | sort -rV | head -1 || true)
  export JAVA_HOME
fi
case "${KOMBEL_BENCH_ONLY:-}" in
  pdf) tests=PortfolioBenchmark ;;
  page) tests=PortfolioPageBenchmark ;;
  *) tests=PortfolioBenchmark,PortfolioPageBenchmark ;;
esac
if [[ "$tests" == *Page* ]]; then
  command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
./mvnw -B -q test-compile "$@"
./mvnw -B test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "$@"
for f in target/benchmarks/portfolio.md target/benchmarks/portfolio-page.md; do
  if [ -f "$f" ]; then cat "$f"; fi
done
