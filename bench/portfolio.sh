#!/usr/bin/env bash
# Benchmark of the portfolio (issue 12): the merged PDF of 60 certificates and 30 photos of 3-8 MB,
# which must be made in under 5 s and stay at most 10 MB. No database needed.
# Results: target/benchmarks/portfolio.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9]* 2>/dev/null | sort -rV | head -1 || true)
  export JAVA_HOME
fi
./mvnw -B -q test-compile
./mvnw -B test -Dtest=PortfolioBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "$@"
cat target/benchmarks/portfolio.md
