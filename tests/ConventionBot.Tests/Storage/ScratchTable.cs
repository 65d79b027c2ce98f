using Azure.Data.Tables;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Storage;

/// <summary>A fresh table on the test Azurite, reached through the client options the app uses; deleted afterwards.</summary>
public sealed class ScratchTable : IAsyncLifetime
{
    public TableClient Table { get; } = TestStorage.ServiceClient().GetTableClient(TestStorage.UniquePrefix() + "Scratch");

    public async Task InitializeAsync() => await Table.CreateIfNotExistsAsync();

    public async Task DisposeAsync() => await Table.DeleteAsync();

    public async Task<int> CountAsync(string? filter = null)
    {
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
        {
            count++;
        }
        return count;
    }
}
