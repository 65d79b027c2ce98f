#!/usr/bin/env bash
# Runs the whole test suite against a private in-memory Azurite (tables and blobs) on free ports.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
source "$(dirname "$0")/tools.sh"

ensure_tools
ensure_chromium   # the browser tests drive Debian's chromium (exports CHROMIUM_PATH)
trap stop_azurite EXIT
port=$(free_port)
blob_port=$(free_port)
echo "==> Azurite (in memory): tables on 127.0.0.1:$port, blobs on 127.0.0.1:$blob_port"
start_azurite "$port" "" "$blob_port"
export CONVENTIONBOT_TEST_TABLES CONVENTIONBOT_TEST_BLOBS
CONVENTIONBOT_TEST_TABLES="$(azurite_connection_string "$port")"
CONVENTIONBOT_TEST_BLOBS="$(azurite_connection_string "$port" "$blob_port")"

echo "==> dotnet test"
dotnet test "$ROOT/ConventionBot.sln" --nologo "$@"
