#!/usr/bin/env bash
# Core benchmark: approve N pending registrants under the Pro Medium limit (20/s, 20 ms per call),
# and token mints for 200 cold concurrent callers. Usage: bench/core-approve.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="core/target/classes:core/target/test-classes:$(cat core/target/bench-classpath.txt)"
java -Xmx512m -cp "$cp" dev.webinarops.core.bench.ApproveBenchmark "${1:-3000}"
