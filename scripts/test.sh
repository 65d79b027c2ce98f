#!/usr/bin/env bash
# Runs the whole test suite against a private in-memory Azurite on a free port.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
source "$(dirname "$0")/tools.sh"

ensure_tools
ensure_chromium   # the browser tests drive Debian's chromium (exports CHROMIUM_PATH)
trap stop_azurite EXIT
port=$(free_port)
echo "==> Azurite (in memory) on 127.0.0.1:$port"
start_azurite "$port"
export CONVENTIONBOT_TEST_TABLES
CONVENTIONBOT_TEST_TABLES="$(azurite_connection_string "$port")"

echo "==> dotnet test"
dotnet test "$ROOT/ConventionBot.sln" --nologo "$@"
