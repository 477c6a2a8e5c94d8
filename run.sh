#!/usr/bin/env bash
# Builds everything (tests skipped) and runs one of the programs.
#   ./run.sh            core smoke run: users, webinars, token status (sandbox when no Zoom credentials)
#   ./run.sh mcp  [...] the MCP server on stdio (add --sandbox to use the embedded Zoom simulator)
#   ./run.sh slack [...] the Slack app in Socket Mode (add --sandbox for the embedded Zoom simulator)
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
  echo "Installing Java 17 and Maven..." >&2
  apt-get update -qq && apt-get install -y -qq maven openjdk-17-jdk-headless >/dev/null
fi
what="${1:-core}"
[ $# -gt 0 ] && shift
mvn -q -B -ntp install -DskipTests >&2
case "$what" in
  core)  exec java -jar core/target/webinarops-core-0.1.0-SNAPSHOT-all.jar "$@" ;;
  mcp)   exec java -jar "$(ls mcp-server/target/*-all.jar | head -1)" "$@" ;;
  slack) exec java -jar "$(ls slack-app/target/*-all.jar | head -1)" "$@" ;;
  *) echo "usage: ./run.sh [core|mcp|slack] [args...]" >&2; exit 2 ;;
esac
