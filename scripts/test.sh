#!/usr/bin/env bash
# The README's test command: prepares a fresh Debian machine that has only the .NET SDK, then runs every test.
#   scripts/test.sh [dotnet test arguments...]
# Installs what the tests need when it is missing (Java 17 for the Neo4j the fixture starts, RabbitMQ for the queue
# tests, npm for vis-network and the Cypher gate, Debian's Chromium for the browser tests, zip for the Neo4j patch).
# A prerequisite that cannot be installed stops the run here with one line naming it, instead of failing tests one by one.
set -euo pipefail
cd "$(dirname "$0")/.."

LIB_NAME="test.sh"
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

command -v dotnet >/dev/null 2>&1 || lib_die "the .NET 10 SDK is required (https://dotnet.microsoft.com/download); nothing else is assumed"

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The Cypher gate (tests/Graph.IntegrationTests/Cypher) runs Neo4j's Cypher analysis under Node (Debian's npm brings it).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v zip >/dev/null 2>&1 || missing+=(zip)
# The queue tests start Debian's RabbitMQ as a private node (scripts/rabbitmq.sh, port 5682).
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
# GRAPH_TEST_CHROMIUM names another browser; otherwise the browser tests drive Debian's package.
if [[ -z "${GRAPH_TEST_CHROMIUM:-}" ]] && [[ ! -x /usr/bin/chromium ]]; then missing+=(chromium); fi

# One apt-get for everything missing; a failure is one line naming what could not be installed.
lib_install "${missing[@]}"

java -version 2>&1 | head -1
exec dotnet test Graph.sln "$@"
