#!/usr/bin/env bash
# Protocol speed benchmark (issue 3): loads POST /api/messages with wrk sending the help command "aide", replies
# going to a loopback connector, for three systems in turn with the same requests:
#   ours   the real app (src/ConventionBot, Release, Development without MicrosoftAppId, in-memory Azurite)
#   floor  a minimal Kestrel endpoint doing only the same I/O (tools/bench/BenchServers floor)
#   js     the official JS Bot Framework SDK, botbuilder 4.23.3 (tools/bench/jsbot.js)
# Each server runs alone on one core, wrk and the connector on the other. Prints requests/s, p50, p99, RSS,
# replies received and the ratios against the targets. Settings: BENCH_DURATION (s, default 15), BENCH_WARMUP (s, 90),
# BENCH_CONNECTIONS (default 32), BENCH_CONVERSATIONS (default 20000), BENCH_SERVER_CPU (0), BENCH_LOAD_CPU (1).
set -euo pipefail
source "$(dirname "$0")/tools.sh"

DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-90}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
CONVERSATIONS=${BENCH_CONVERSATIONS:-20000}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
LOAD_CPU=${BENCH_LOAD_CPU:-1}
BENCH="$TOOLS/bench"
OUT="$ROOT/.run/bench"
SERVERS="$BENCH/BenchServers/bin/Release/net10.0/BenchServers.dll"
CONNECTOR_PID="" SERVER_PID=""

cleanup() {
  trap - EXIT INT TERM
  for pid in $SERVER_PID $CONNECTOR_PID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  stop_azurite
}
trap cleanup EXIT INT TERM

ensure_wrk() {
  command -v wrk >/dev/null && return
  if [ "$(id -u)" -eq 0 ]; then
    echo "==> Installing wrk (Debian package)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >/dev/null
  else
    echo "wrk is missing: install it with 'sudo apt-get install wrk' and run again." >&2; exit 1
  fi
}

# The JS SDK reference is pinned apart from tools/ (tools/bench/package-lock.json).
ensure_js_sdk() {
  if [ ! -d "$BENCH/node_modules" ] || [ "$BENCH/package-lock.json" -nt "$BENCH/node_modules/.package-lock.json" ]; then
    echo "==> Installing the pinned JS Bot Framework SDK (tools/bench/package-lock.json)"
    (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

connector_stat() { node -e "fetch('$CONNECTOR_URL/stats').then(r=>r.json()).then(s=>console.log(s['$1']))"; }

# Waits until the connector's reply count stops moving (replies may follow the 200), for at most 15 s.
settle_replies() {
  local last=-1 now deadline=$((SECONDS + 15))
  while now=$(connector_stat replies) && [ "$now" != "$last" ] && [ $SECONDS -lt $deadline ]; do last=$now; sleep 1; done
  echo "$now"
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
status_kb() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }

load() { taskset -c "$LOAD_CPU" wrk -t1 -c"$CONNECTIONS" -s "$BENCH/aide.lua" "$@"; }

# Warms the server at $1 up: at least BENCH_WARMUP seconds (.NET's tiered JIT needs about a minute of load on one
# core to settle) and one request from every conversation (ours then knows them all).
warm_up() {
  local url=$1 first=0 count deadline=$((SECONDS + WARMUP))
  while [ "$first" -lt "$CONVERSATIONS" ] || [ $SECONDS -lt $deadline ]; do
    load -d 5s "$url" -- "$CONNECTOR_URL" "$CONVERSATIONS" "$first" >"$OUT/warmup.txt"
    count=$(sed -n 's/^BENCH requests=\([0-9]*\).*/\1/p' "$OUT/warmup.txt")
    [ "${count:-0}" -gt 0 ] || { echo "No answer from $url during the warm-up" >&2; return 1; }
    first=$((first + count))
  done
}

# bench_system NAME PORT: warms the server up, then measures it.
bench_system() {
  local name=$1 port=$2 url="http://127.0.0.1:$2" ticks hz
  hz=$(getconf CLK_TCK)
  wait_http "$port" 60 || { cat "$OUT/$name.log" >&2; exit 1; }
  echo "==> $name: ${WARMUP}s of warm-up, then ${DURATION}s of load"
  warm_up "$url"
  settle_replies >/dev/null
  http_post "$CONNECTOR_URL/reset"
  ticks=$(cpu_ticks "$SERVER_PID")
  load -d "${DURATION}s" --latency "$url" -- "$CONNECTOR_URL" "$CONVERSATIONS" >"$OUT/$name.wrk.txt"
  ticks=$(( $(cpu_ticks "$SERVER_PID") - ticks ))
  local replies bytes line
  replies=$(settle_replies); bytes=$(connector_stat bytes)
  line=$(grep '^BENCH ' "$OUT/$name.wrk.txt")
  echo "$name $line replies=$replies reply_bytes=$((replies > 0 ? bytes / replies : 0)) cpu_pct=$((ticks * 100 / hz / DURATION)) cpu_us=$((ticks * 1000000 / hz))" \
    "hwm_kb=$(status_kb "$SERVER_PID" VmHWM) rss_kb=$(status_kb "$SERVER_PID" VmRSS)" >>"$OUT/results.txt"
}

stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

http_post() { node -e "fetch('$1',{method:'POST'}).then(r=>process.exit(r.ok?0:1))"; }

ensure_wrk
ensure_tools
ensure_js_sdk
mkdir -p "$OUT"; : >"$OUT/results.txt"
echo "==> Building (Release)"
dotnet build "$ROOT/src/ConventionBot" -c Release --nologo -v q
dotnet build "$BENCH/BenchServers" -c Release --nologo -v q

echo "==> Loopback connector and in-memory Azurite on CPU $LOAD_CPU"
port=$(free_port); CONNECTOR_URL="http://127.0.0.1:$port"
taskset -c "$LOAD_CPU" dotnet "$SERVERS" --mode connector --urls "$CONNECTOR_URL" >"$OUT/connector.log" 2>&1 &
CONNECTOR_PID=$!
wait_http "$port" 60 || { cat "$OUT/connector.log" >&2; exit 1; }
tables=$(free_port)
start_azurite "$tables"
taskset -a -p -c "$LOAD_CPU" "$AZURITE_PID" >/dev/null

# Ours: Development without MicrosoftAppId (no auth, like the others), at the production log level (Information):
# Development's Debug level would add two console lines per request, which none of the others write. The app-wide
# send limit (Teams' 50/s) is raised to 10 000/s, far above any system's rate here: the loopback connector is not
# Teams, and the limit would measure itself rather than the app (neither other system has one).
# DOTNET_GCgen0size: the production web app's setting (infra/modules/webapp.bicep; the GC reads it from the
# environment only, runtimeconfig.json cannot carry it), so that this measures the memory production has.
port=$(free_port)
(cd "$ROOT/src/ConventionBot" && exec taskset -c "$SERVER_CPU" env ASPNETCORE_ENVIRONMENT=Development MicrosoftAppId= \
  ConnectionStrings__Tables="$(azurite_connection_string "$tables")" Connector__AllowLocalhost=true \
  Connector__AppRateLimits__0__Limit=10000 Connector__AppRateLimits__0__Window=00:00:01 \
  Logging__LogLevel__ConventionBot=Information DOTNET_GCgen0size=0x400000 dotnet bin/Release/net10.0/ConventionBot.dll --urls "http://127.0.0.1:$port" \
  >"$OUT/ours.log" 2>&1) &
SERVER_PID=$!
bench_system ours "$port"
# The others send the very card ours sent (same bytes), taken from the connector.
node -e "fetch('$CONNECTOR_URL/first').then(r=>r.json()).then(a=>console.log(JSON.stringify(a.attachments[0].content)))" >"$OUT/help-card.json"
stop_server

port=$(free_port)
taskset -c "$SERVER_CPU" dotnet "$SERVERS" --mode floor --card "$OUT/help-card.json" --urls "http://127.0.0.1:$port" >"$OUT/floor.log" 2>&1 &
SERVER_PID=$!
bench_system floor "$port"
stop_server

port=$(free_port)
taskset -c "$SERVER_CPU" node "$BENCH/jsbot.js" "$port" "$OUT/help-card.json" >"$OUT/js.log" 2>&1 &
SERVER_PID=$!
bench_system js "$port"
stop_server

echo
node "$BENCH/report.js" "$OUT/results.txt" "$DURATION"
echo "(raw wrk output and server logs in .run/bench/)"
