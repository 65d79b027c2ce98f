#!/usr/bin/env bash
# Runs the bot locally, ready to chat: Azurite's tables and blobs (data kept in .data/azurite), the bot on
# http://localhost:3978, and the Microsoft 365 Agents Playground pointed at it.
# Ctrl-C stops everything this script started.
set -euo pipefail
source "$(dirname "$0")/tools.sh"

BOT_PORT=3978
PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
APP_PID="" PLAYGROUND_PID=""

cleanup() {
  trap - EXIT INT TERM
  echo; echo "==> Stopping"
  if [ -n "$PLAYGROUND_PID" ]; then kill "$PLAYGROUND_PID" 2>/dev/null || true; wait "$PLAYGROUND_PID" 2>/dev/null || true; fi
  # SIGTERM: a background job ignores SIGINT, and ASP.NET Core shuts down cleanly on SIGTERM.
  if [ -n "$APP_PID" ]; then kill -TERM "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  stop_azurite
  echo "Stopped."
}
trap cleanup EXIT INT TERM

ensure_tools
mkdir -p "$ROOT/.run"

echo "==> Azurite (tables on 127.0.0.1:10002, blobs on 127.0.0.1:10000, data in .data/azurite)"
start_azurite 10002 "$ROOT/.data/azurite" 10000

echo "==> Building the bot"
dotnet build "$ROOT/src/ConventionBot" --nologo -v q -c Debug
echo "==> Starting the bot on http://localhost:$BOT_PORT"
# Run the built assembly directly (not `dotnet run`) so that Ctrl-C reaches the bot itself.
# The playground always sends locale en-US; our users' Teams is French. PLAYGROUND_LOCALE=en-US shows the English bot.
(cd "$ROOT/src/ConventionBot" && exec env ASPNETCORE_ENVIRONMENT=Development \
  Conversation__LocaleOverride="${PLAYGROUND_LOCALE:-fr-FR}" \
  ConnectionStrings__Tables="$(azurite_connection_string 10002)" \
  ConnectionStrings__Blobs="$(azurite_connection_string 10002 10000)" \
  dotnet bin/Debug/net10.0/ConventionBot.dll --urls "http://localhost:$BOT_PORT" \
  >"$ROOT/.run/bot.log" 2>&1) &
APP_PID=$!
wait_http "$BOT_PORT" 60 || { cat "$ROOT/.run/bot.log" >&2; exit 1; }

echo "==> Starting the Agents Playground"
# The playground takes its locale and time zone from its own process: French users, Paris time.
(cd "$ROOT/.run" && exec env LANG=fr_FR.UTF-8 TZ=Europe/Paris TEAMSAPPTESTER_BROWSER=none \
  "$TOOLS/node_modules/.bin/agentsplayground" start -e "http://localhost:$BOT_PORT/api/messages" \
  -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry >"$ROOT/.run/playground.log" 2>&1) &
PLAYGROUND_PID=$!
wait_http "$PLAYGROUND_PORT" 60 || { cat "$ROOT/.run/playground.log" >&2; exit 1; }

cat <<MSG

  Chat with the bot:   http://localhost:$PLAYGROUND_PORT   (Agents Playground, Teams channel)
  Bot endpoint:        http://localhost:$BOT_PORT/api/messages
  Health:              http://localhost:$BOT_PORT/healthz
  Logs:                .run/bot.log, .run/playground.log, .data/azurite/azurite*.log
  Press Ctrl-C to stop.

MSG
wait "$APP_PID"
