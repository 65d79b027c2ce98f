#!/usr/bin/env bash
# Fan-out benchmark (issue 4): one notification to 2 000 subscribed conversations through a loopback connector
# that enforces Teams' limits, against a private in-memory Azurite. Prints duration, ratio to the least time the
# limits allow (40 s), 429s, duplicates and losses; exits 1 when the target is not met. Takes about a minute.
# Usage: scripts/bench-fanout.sh [--Bench:Conversations=2000] [--Bench:LatencyMs=50] [--Scheduling:MaxParallelSends=16] …
set -euo pipefail
source "$(dirname "$0")/tools.sh"

ensure_tools
trap stop_azurite EXIT
port=$(free_port)
echo "==> Azurite (in memory) on 127.0.0.1:$port"
start_azurite "$port"
export CONVENTIONBOT_BENCH_TABLES
CONVENTIONBOT_BENCH_TABLES="$(azurite_connection_string "$port")"

echo "==> dotnet run (Release)"
dotnet run -c Release --project "$ROOT/tests/ConventionBot.Benchmarks" -- "$@"
