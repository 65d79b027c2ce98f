# Shared helpers for the run, test and bench scripts. Source it; do not run it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/tools"
AZURITE_PID=""
AZURITE_BLOB_PID=""

# Installs the pinned npm tools (tools/package-lock.json) when missing or when the lock file changed.
# Compares content, not timestamps: a fresh checkout must not reinstall (or wipe) a shared install.
ensure_tools() {
  local stamp="$TOOLS/node_modules/.lock-sha256" want
  want=$(sha256sum "$TOOLS/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "==> Installing pinned npm tools (tools/package-lock.json)"
    (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}

# Prints a TCP port that is free on 127.0.0.1 right now.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# Waits until something answers HTTP on 127.0.0.1:$1, for at most $2 seconds.
wait_http() {
  local port=$1 deadline=$((SECONDS + ${2:-30}))
  until node -e "require('http').get('http://127.0.0.1:$port/',()=>process.exit(0)).on('error',()=>process.exit(1))" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then echo "Nothing answered on port $port after ${2:-30}s" >&2; return 1; fi
    sleep 0.2
  done
}

# start_azurite PORT [LOCATION] [BLOB_PORT]: in memory without LOCATION (or with ""), on disk with it.
# With BLOB_PORT, the blob service too (the dossier's files), as its own process on its own port.
start_azurite() {
  local port=$1 location=${2:-} blob_port=${3:-} log blob_log
  local args=(--disableTelemetry --skipApiVersionCheck)
  if [ -n "$location" ]; then
    mkdir -p "$location"; args+=(--location "$location"); log="$location/azurite.log"; blob_log="$location/azurite-blob.log"
  else
    args+=(--inMemoryPersistence); log="$(mktemp -t azurite.XXXXXX.log)"; blob_log="$(mktemp -t azurite-blob.XXXXXX.log)"
  fi
  "$TOOLS/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" "${args[@]}" >"$log" 2>&1 &
  AZURITE_PID=$!
  if [ -n "$blob_port" ]; then
    "$TOOLS/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$blob_port" "${args[@]}" >"$blob_log" 2>&1 &
    AZURITE_BLOB_PID=$!
  fi
  # Node starts slowly on a loaded machine: Azurite has been seen taking over 30 s there.
  wait_http "$port" 120 || { cat "$log" >&2; return 1; }
  if [ -n "$blob_port" ]; then
    wait_http "$blob_port" 120 || { cat "$blob_log" >&2; return 1; }
  fi
}

# Azurite only flushes its on-disk store on SIGINT; SIGTERM can lose the last 5 s of writes.
stop_azurite() {
  local pid
  for pid in "$AZURITE_PID" "$AZURITE_BLOB_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -INT "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  AZURITE_PID="" AZURITE_BLOB_PID=""
}

# azurite_connection_string TABLE_PORT [BLOB_PORT]: Azurite's well-known account, with the blob endpoint when given.
azurite_connection_string() {
  local port=$1 blob_port=${2:-} blob=""
  [ -z "$blob_port" ] || blob="BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;"
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$port/devstoreaccount1;$blob"
}

# Installs Debian's `chromium` package, and fonts so that screenshots show what a person sees (Latin text,
# and the emoji the cards use), when missing; exports CHROMIUM_PATH, the browser binary the browser tests drive
# headless with Playwright (which does not download its own browsers here). Uses sudo only when not root; never prompts.
ensure_chromium() {
  local packages=(chromium fonts-liberation fonts-noto-color-emoji) missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing Debian's ${missing[*]} (browser tests)"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  # The binary itself, not Debian's /usr/bin/chromium launcher script (which adds flags and prints warnings).
  CHROMIUM_PATH=/usr/lib/chromium/chromium
  [ -x "$CHROMIUM_PATH" ] || CHROMIUM_PATH=$(command -v chromium)
  export CHROMIUM_PATH
}
