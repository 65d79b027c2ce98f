using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Tests.Storage;

/// <summary>What the app relies on from Azure.Data.Tables and the service, pinned against the real Azurite.</summary>
public sealed class StorageContractTests(ScratchTable scratch) : IClassFixture<ScratchTable>
{
    private readonly TableClient _table = scratch.Table;

    [Fact]
    public async Task UpdateEntity_StaleETag_Fails412AndKeepsTheWinner()
    {
        var added = await _table.AddEntityAsync(new TableEntity("etag", "row") { ["Text"] = "first" });
        await _table.UpdateEntityAsync(new TableEntity("etag", "row") { ["Text"] = "winner" }, added.Headers.ETag!.Value, TableUpdateMode.Replace);

        var stale = await Assert.ThrowsAsync<RequestFailedException>(() =>
            _table.UpdateEntityAsync(new TableEntity("etag", "row") { ["Text"] = "loser" }, added.Headers.ETag!.Value, TableUpdateMode.Replace));

        Assert.Equal(412, stale.Status);
        Assert.Equal("winner", (await _table.GetEntityAsync<TableEntity>("etag", "row")).Value.GetString("Text"));
    }

    [Fact]
    public async Task AddEntity_SameKeysTwice_Fails409()
    {
        await _table.AddEntityAsync(new TableEntity("dup", "row"));

        var duplicate = await Assert.ThrowsAsync<RequestFailedException>(() => _table.AddEntityAsync(new TableEntity("dup", "row")));

        Assert.Equal(409, duplicate.Status);
        Assert.Equal("EntityAlreadyExists", duplicate.ErrorCode);
    }

    [Fact]
    public async Task Query_MoreThanOnePageOfRows_ReturnsEveryRowAcrossPages()
    {
        for (var batch = 0; batch < 11; batch++)
        {
            await _table.SubmitTransactionAsync(Enumerable.Range(batch * 100, 100)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("paging", i.ToString("D5", CultureInfo.InvariantCulture)))));
        }

        var pages = 0;
        var rows = new List<string>();
        await foreach (var page in _table.QueryAsync<TableEntity>(e => e.PartitionKey == "paging").AsPages())
        {
            pages++;
            rows.AddRange(page.Values.Select(e => e.RowKey));
        }

        Assert.True(pages >= 2, $"{pages} page(s)");
        Assert.Equal(1_100, rows.Count);
        Assert.Equal(rows.Order(StringComparer.Ordinal), rows);
    }

    [Fact]
    public async Task SubmitTransaction_OneActionFails_NothingIsWrittenAndTheIndexIsKnown()
    {
        await _table.AddEntityAsync(new TableEntity("rollback", "b"));

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("rollback", "a")),
            new(TableTransactionActionType.Add, new TableEntity("rollback", "b")),
        ]));

        Assert.Equal(409, failed.Status);
        Assert.Equal(1, failed.FailedTransactionActionIndex);
        Assert.Equal(1, await scratch.CountAsync("PartitionKey eq 'rollback'"));
    }

    [Fact]
    public async Task CreateQueryFilter_InjectionAttempt_MatchesNothing()
    {
        await _table.AddEntityAsync(new TableEntity("inject", "alice"));
        await _table.AddEntityAsync(new TableEntity("inject", "bob"));
        const string hostile = "nobody' or RowKey ne 'zzz";

        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"inject"} and RowKey eq {hostile}")))
        {
            rows.Add(row);
        }

        Assert.Empty(rows);
        Assert.Equal(2, await scratch.CountAsync("PartitionKey eq 'inject'")); // the rows were there to be leaked
    }
}
