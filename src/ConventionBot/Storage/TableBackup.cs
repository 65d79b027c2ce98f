using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace ConventionBot.Storage;

/// <summary>
/// Exports every table whose name starts with a prefix to a folder of JSON lines (one <c>&lt;table&gt;.jsonl</c> per
/// table, one entity per line), and restores such a folder into an account whose tables are empty.
/// A line holds the entity's properties (PartitionKey and RowKey included; Timestamp and ETag are the service's, not
/// restorable). Strings, booleans and 32-bit integers are plain JSON values; every other type is written as a string
/// with a <c>Name@type</c> annotation (<c>Edm.Int64</c>, <c>Edm.Double</c>, <c>Edm.DateTime</c>, <c>Edm.Guid</c>,
/// <c>Edm.Binary</c> in base64), so that the restore writes exactly the same values with the same types.
/// </summary>
public static class TableBackup
{
    public const string Extension = ".jsonl";
    private const string TypeSuffix = "@type";

    // A transaction's body is at most 4 MiB: leave room for the multipart envelope around the entities.
    private const int MaxTransactionBytes = 3 * 1024 * 1024;

    /// <summary>A client of the account with the app's own options (retries, Table Storage's limits checked on every write).</summary>
    public static TableServiceClient Connect(string connectionString) =>
        new(connectionString, StorageServiceCollectionExtensions.CreateClientOptions());

    /// <summary>Writes every table starting with <paramref name="prefix"/> to <paramref name="folder"/>; returns the rows written per table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> BackupAsync(
        TableServiceClient service, string prefix, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        Directory.CreateDirectory(folder);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var client = service.GetTableClient(table.Name);
            var count = 0;
            await using (var writer = new StreamWriter(Path.Combine(folder, table.Name + Extension), append: false, new UTF8Encoding(false)))
            {
                // The SDK follows the continuation tokens: every page of 1 000 rows is read.
                await foreach (var entity in client.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    await writer.WriteLineAsync(ToLine(entity).AsMemory(), cancellationToken).ConfigureAwait(false);
                    count++;
                }
            }
            counts[table.Name] = count;
        }
        return counts;
    }

    /// <summary>
    /// Restores every <c>.jsonl</c> file of <paramref name="folder"/> into the table of the same name, creating it.
    /// Refuses, before writing anything, when one of those tables already holds a row. Returns the rows written per table.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> RestoreAsync(
        TableServiceClient service, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No backup folder {folder}.");
        }
        var files = Directory.GetFiles(folder, "*" + Extension).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No {Extension} file in {folder}: nothing to restore.");
        }
        var tables = files.Select(f => (Name: Path.GetFileNameWithoutExtension(f), File: f)).ToList();
        var notEmpty = new List<string>();
        foreach (var (name, _) in tables)
        {
            if (await HasRowsAsync(service.GetTableClient(name), cancellationToken).ConfigureAwait(false))
            {
                notEmpty.Add(name);
            }
        }
        if (notEmpty.Count > 0)
        {
            throw new InvalidOperationException(
                $"The target account is not empty: table(s) {string.Join(", ", notEmpty)} already hold rows. Restore only into an empty account; nothing was written.");
        }

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, file) in tables)
        {
            var client = service.GetTableClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            counts[name] = await RestoreTableAsync(client, file, cancellationToken).ConfigureAwait(false);
        }
        return counts;
    }

    /// <summary>One entity as a line of the backup.</summary>
    public static string ToLine(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var line = new JsonObject();
        foreach (var (name, value) in entity.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name is "odata.etag" or "Timestamp" || value is null)
            {
                continue;
            }
            switch (value)
            {
                case string s:
                    line[name] = s;
                    break;
                case bool b:
                    line[name] = b;
                    break;
                case int i:
                    line[name] = i;
                    break;
                default:
                    var (type, text) = Typed(name, value);
                    line[name] = text;
                    line[name + TypeSuffix] = type;
                    break;
            }
        }
        return line.ToJsonString();
    }

    /// <summary>A line of the backup as the entity it was.</summary>
    public static TableEntity FromLine(string line)
    {
        var json = JsonNode.Parse(line)?.AsObject() ?? throw new FormatException("A backup line is not a JSON object.");
        var entity = new TableEntity();
        foreach (var (name, node) in json)
        {
            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal) || node is null)
            {
                continue;
            }
            var value = node.AsValue();
            entity[name] = json[name + TypeSuffix]?.GetValue<string>() switch
            {
                null => value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
                    JsonValueKind.Number => value.GetValue<int>(),
                    var kind => throw new FormatException($"Property {name}: unexpected JSON {kind}."),
                },
                "Edm.Int64" => long.Parse(value.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture),
                "Edm.Double" => double.Parse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture),
                "Edm.DateTime" => DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                "Edm.Guid" => Guid.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture),
                "Edm.Binary" => Convert.FromBase64String(value.GetValue<string>()),
                var type => throw new FormatException($"Property {name}: unknown type {type}."),
            };
        }
        return entity;
    }

    private static (string Type, string Text) Typed(string name, object value) => value switch
    {
        long l => ("Edm.Int64", l.ToString(CultureInfo.InvariantCulture)),
        double d => ("Edm.Double", d.ToString("R", CultureInfo.InvariantCulture)),
        DateTimeOffset t => ("Edm.DateTime", t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
        DateTime t => ("Edm.DateTime", new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
        Guid g => ("Edm.Guid", g.ToString("D")),
        byte[] bytes => ("Edm.Binary", Convert.ToBase64String(bytes)),
        BinaryData data => ("Edm.Binary", Convert.ToBase64String(data.ToArray())),
        _ => throw new NotSupportedException($"Property {name}: type {value.GetType()} cannot be backed up."),
    };

    private static async Task<bool> HasRowsAsync(TableClient table, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var page in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken)
                .AsPages().ConfigureAwait(false))
            {
                if (page.Values.Count > 0)
                {
                    return true;
                }
                if (page.ContinuationToken is null)
                {
                    return false;
                }
            }
            return false;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Adds the file's entities in transactions of one partition, at most 100 actions and 3 MiB each.</summary>
    private static async Task<int> RestoreTableAsync(TableClient table, string file, CancellationToken cancellationToken)
    {
        var count = 0;
        var batch = new List<TableTransactionAction>();
        var bytes = 0;
        async Task FlushAsync()
        {
            if (batch.Count > 0)
            {
                await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                count += batch.Count;
                batch.Clear();
                bytes = 0;
            }
        }

        // Entities of a partition need not be adjacent in the file: group them first (a file is one table, read whole).
        var lines = await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false);
        foreach (var group in lines.Where(l => l.Length > 0).Select(l => (Line: l, Entity: FromLine(l))).GroupBy(e => e.Entity.PartitionKey, StringComparer.Ordinal))
        {
            await FlushAsync().ConfigureAwait(false);
            foreach (var (line, entity) in group)
            {
                if (batch.Count == TableLimits.MaxTransactionActions || bytes + (line.Length * 2) > MaxTransactionBytes)
                {
                    await FlushAsync().ConfigureAwait(false);
                }
                batch.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
                bytes += line.Length * 2;
            }
        }
        await FlushAsync().ConfigureAwait(false);
        return count;
    }
}
