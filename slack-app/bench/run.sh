#!/usr/bin/env bash
# Ack-latency benchmark of the Slack app (not a test; prints figures).
# Usage: slack-app/bench/run.sh  [-Dbench.rate=100 -Dbench.seconds=30 -Dbench.burst=1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -o -q -pl slack-app test-compile
CP_FILE=slack-app/target/bench.classpath
mvn -o -q -pl slack-app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="slack-app/target/test-classes:slack-app/target/classes:$(cat "$CP_FILE")"
export WEBINAROPS_LOG_LEVEL=${WEBINAROPS_LOG_LEVEL:-WARN}
exec java -Xmx512m -Dwebinarops.shared.dir="$(pwd)/../shared" "$@" -cp "$CP" dev.webinarops.slack.bench.AckBenchmark
