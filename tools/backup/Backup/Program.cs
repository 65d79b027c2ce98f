using ConventionBot.Storage;

// scripts/backup.sh and scripts/restore.sh:
//   backup [--prefix cb] [--out backups]   every table starting with the prefix to backups/<yyyy-MM-ddTHHmmssZ>/<table>.jsonl,
//                                           and the blobs of the prefix's containers (the dossiers' files) to …/blobs/
//   restore FOLDER                          a backup folder into an account whose tables and containers are empty
// The account is ConnectionStrings__Tables (as for the app), or --connection; its blobs ConnectionStrings__Blobs, or
// --blobs (without either, tables only, said so).
var options = new Dictionary<string, string>(StringComparer.Ordinal);
var positional = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i][2..]] = args[++i];
    }
    else
    {
        positional.Add(args[i]);
    }
}
var connection = options.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Tables");
if (string.IsNullOrWhiteSpace(connection) || positional.Count == 0)
{
    await Console.Error.WriteLineAsync(
        "usage: Backup backup [--prefix cb] [--out backups] | Backup restore FOLDER   (account: ConnectionStrings__Tables or --connection)")
        .ConfigureAwait(false);
    return 2;
}
var service = TableBackup.Connect(connection);
var blobConnection = options.GetValueOrDefault("blobs") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Blobs");
var blobs = string.IsNullOrWhiteSpace(blobConnection) ? null : new Azure.Storage.Blobs.BlobServiceClient(blobConnection);
try
{
    switch (positional[0])
    {
        case "backup":
            var folder = Path.Combine(options.GetValueOrDefault("out") ?? "backups",
                DateTime.UtcNow.ToString("yyyy-MM-dd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            var saved = await TableBackup.BackupAsync(service, options.GetValueOrDefault("prefix") ?? "cb", folder).ConfigureAwait(false);
            foreach (var (table, rows) in saved)
            {
                Console.WriteLine($"{table}: {rows} rows");
            }
            Console.WriteLine($"Backed up {saved.Count} tables to {folder}");
            await ReportBlobsAsync(blobs is null ? null : await BlobBackup.BackupAsync(blobs, options.GetValueOrDefault("prefix") ?? "cb", folder).ConfigureAwait(false), "Backed up").ConfigureAwait(false);
            return 0;
        case "restore" when positional.Count == 2:
            // Blobs first: their check refuses a non-empty account before any table is written.
            var restoredBlobs = blobs is null ? null : await BlobBackup.RestoreAsync(blobs, positional[1]).ConfigureAwait(false);
            var restored = await TableBackup.RestoreAsync(service, positional[1]).ConfigureAwait(false);
            foreach (var (table, rows) in restored)
            {
                Console.WriteLine($"{table}: {rows} rows");
            }
            Console.WriteLine($"Restored {restored.Count} tables from {positional[1]}");
            await ReportBlobsAsync(restoredBlobs, "Restored").ConfigureAwait(false);
            return 0;
        default:
            await Console.Error.WriteLineAsync("usage: Backup backup [--prefix cb] [--out backups] | Backup restore FOLDER").ConfigureAwait(false);
            return 2;
    }
}
catch (Exception e) when (e is InvalidOperationException or DirectoryNotFoundException)
{
    await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
    return 1;
}

static async Task ReportBlobsAsync(IReadOnlyDictionary<string, int>? counts, string done)
{
    if (counts is null)
    {
        await Console.Error.WriteLineAsync("No blob account (ConnectionStrings__Blobs or --blobs): the dossiers' files were left out.").ConfigureAwait(false);
        return;
    }
    foreach (var (container, count) in counts)
    {
        Console.WriteLine($"{container}: {count} blobs");
    }
    Console.WriteLine($"{done} {counts.Count} blob containers");
}
