using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace ConventionBot.Storage;

/// <summary>
/// Hands out the app's tables, creating each one once per process on first use,
/// so features never think about provisioning and no request pays for it twice.
/// </summary>
public sealed class TableProvider(TableServiceClient service, Microsoft.Extensions.Options.IOptions<StorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);
    private readonly string _prefix = options.Value.TablePrefix;

    /// <param name="name">The table's name without the configured prefix, e.g. <c>ConversationReferences</c>.</param>
    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var lazy = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(_prefix + n)));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            // A failed creation (storage down at that moment) must not stick: try again next time.
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(name, lazy));
        }
        return task.WaitAsync(cancellationToken);
    }

    /// <summary>A table's client without creating the table: for reading one that may never have existed (a migration's source).</summary>
    public TableClient GetUncreated(string name) => service.GetTableClient(_prefix + name);

    private async Task<TableClient> CreateAsync(string fullName)
    {
        var table = service.GetTableClient(fullName);
        await table.CreateIfNotExistsAsync(CancellationToken.None).ConfigureAwait(false);
        return table;
    }
}
