#!/usr/bin/env bash
# Restores a folder written by scripts/backup.sh into an empty account (it refuses tables that already hold rows),
# in transactions of one partition and at most 100 entities, and its blobs/ into empty containers. The accounts:
# ConnectionStrings__Tables and ConnectionStrings__Blobs (or --connection CS, --blobs CS), as for the app.
# Usage: scripts/restore.sh backups/<yyyy-MM-ddTHHmmssZ> [--connection CS]
set -euo pipefail
source "$(dirname "$0")/tools.sh"

[ $# -ge 1 ] || { echo "usage: scripts/restore.sh BACKUP_FOLDER [--connection CS]" >&2; exit 2; }
folder=$(cd "$1" && pwd); shift
dotnet build "$TOOLS/backup/Backup" -c Release --nologo -v q >/dev/null
exec dotnet "$TOOLS/backup/Backup/bin/Release/net10.0/Backup.dll" restore "$folder" "$@"
