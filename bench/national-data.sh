#!/usr/bin/env bash
# Generates the national benchmark dataset (monitoring, scale): KOMBEL_BENCH_SCALE (1 = province,
# 30 = nation) into the PostgreSQL database KOMBEL_BENCH_DB_NAME (default kombel_bench_national,
# recreated) on the server at KOMBEL_BENCH_DB_URL. Reports rows, step times and size on disk:
# target/benchmarks/national-data-<scale>.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
bench_postgres
./mvnw -B -q -o test-compile "$@"
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" id.kombel.bench.NationalDataset
