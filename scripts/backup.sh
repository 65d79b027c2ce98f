#!/usr/bin/env bash
# Exports every table of the app (names starting with Storage:TablePrefix, default cb) to backups/<yyyy-MM-ddTHHmmssZ>/,
# one <table>.jsonl per table, one entity per line with its typed properties (tools/backup, ConventionBot.Storage.TableBackup),
# and the dossiers' files to blobs/<container>/ (ConventionBot.Storage.BlobBackup; account ConnectionStrings__Blobs or --blobs CS).
# The account: ConnectionStrings__Tables, as for the app. Usage: scripts/backup.sh [--prefix cb] [--out DIR] [--connection CS]
set -euo pipefail
source "$(dirname "$0")/tools.sh"

dotnet build "$TOOLS/backup/Backup" -c Release --nologo -v q >/dev/null
exec dotnet "$TOOLS/backup/Backup/bin/Release/net10.0/Backup.dll" backup --out "$ROOT/backups" "$@"
