using Azure.Data.Tables;
using ConventionBot.Privacy.Contract;
using ConventionBot.Storage;
using Microsoft.Extensions.Options;

namespace ConventionBot.Privacy;

/// <summary>
/// Reads every table of the app (those with its prefix) to find a person, so that a table a feature adds later is
/// covered without being listed here. The record is small (hundreds of bilan rows, thousands of journal rows): a full
/// read per request, by an admin or for one person's own data, is the simple and complete way.
/// </summary>
internal sealed class PersonalDataScanner(TableServiceClient service, IOptions<StorageOptions> options) : IPersonalDataReader
{
    private readonly string _prefix = options.Value.TablePrefix;

    /// <summary>Every row of every table of the app, by table name (without the prefix).</summary>
    public async Task<IReadOnlyList<StoredTable>> LoadAsync(CancellationToken cancellationToken)
    {
        var tables = new List<StoredTable>();
        await foreach (var item in service.QueryAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!item.Name.StartsWith(_prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var client = service.GetTableClient(item.Name);
            var rows = new List<TableEntity>();
            await foreach (var row in client.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }
            tables.Add(new StoredTable(item.Name[_prefix.Length..], client, rows));
        }
        return tables;
    }

    public async Task<PersonalData> ReadAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var tables = await LoadAsync(cancellationToken).ConfigureAwait(false);
        var person = PersonalValues.Resolve(aadObjectId, tables.SelectMany(t => t.Rows));
        var mark = PersonalValues.Replacer(person, "", "");
        var rows = new List<StoredRow>();
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                var mentions = PersonalValues.Mentions(row, person, mark);
                if (mentions.Count > 0)
                {
                    rows.Add(new StoredRow(
                        table.Name, row.PartitionKey, row.RowKey,
                        [.. row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "odata.etag")).OrderBy(p => p.Key, StringComparer.Ordinal)!],
                        [.. mentions.Keys.Order(StringComparer.Ordinal)]));
                }
            }
        }
        return new PersonalData(person, rows);
    }
}

/// <summary>A table of the app (name without the prefix) and all its rows, as read.</summary>
internal sealed record StoredTable(string Name, TableClient Client, IReadOnlyList<TableEntity> Rows);
