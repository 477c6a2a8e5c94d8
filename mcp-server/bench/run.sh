#!/usr/bin/env bash
# Benchmarks the MCP server (cold start, peak RSS, tool-call overhead over stdio). Not a test: prints figures.
# Usage (from the repository root): mcp-server/bench/run.sh   — builds the shaded jar and test classes first.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -o -q -pl mcp-server package -DskipTests
mvn -o -q -pl mcp-server test-compile
mvn -o -q -pl mcp-server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/mcp-server/target/bench-classpath.txt" >/dev/null
CP="mcp-server/target/test-classes:mcp-server/target/classes:$(cat mcp-server/target/bench-classpath.txt)"

exec java -Xlog:disable -cp "$CP" dev.webinarops.mcp.bench.McpBenchmark mcp-server/target/webinarops-mcp-server-all.jar
