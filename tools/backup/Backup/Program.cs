using ConventionBot.Storage;

// scripts/backup.sh and scripts/restore.sh:
//   backup [--prefix cb] [--out backups]   every table starting with the prefix to backups/<yyyy-MM-ddTHHmmssZ>/<table>.jsonl
//   restore FOLDER                          a backup folder into an account whose tables are empty
// The account is ConnectionStrings__Tables (as for the app), or --connection.
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
            return 0;
        case "restore" when positional.Count == 2:
            var restored = await TableBackup.RestoreAsync(service, positional[1]).ConfigureAwait(false);
            foreach (var (table, rows) in restored)
            {
                Console.WriteLine($"{table}: {rows} rows");
            }
            Console.WriteLine($"Restored {restored.Count} tables from {positional[1]}");
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
