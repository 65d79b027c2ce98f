using System.Globalization;
using Azure.Data.Tables;
using ConventionBot.Storage;

namespace ConventionBot.Tests.Storage;

/// <summary>
/// Writes real Table Storage refuses and Azurite accepts (or answers with a response the client cannot read) are refused
/// before they leave the app, name the culprit, and write nothing; writes at the limits go through.
/// </summary>
public sealed class TableLimitsTests(ScratchTable scratch) : IClassFixture<ScratchTable>
{
    private readonly TableClient _table = scratch.Table;

    [Fact]
    public async Task AddEntity_252Properties_IsWritten()
    {
        await _table.AddEntityAsync(WithProperties("props-ok", 252));

        Assert.Equal(254, (await _table.GetEntityAsync<TableEntity>("props-ok", "row")).Value.Keys.Count(k => k is not ("odata.etag" or "Timestamp")));
    }

    [Fact]
    public async Task AddEntity_253Properties_IsRefusedAndNothingWritten()
    {
        var refused = await Assert.ThrowsAsync<TableLimitException>(() => _table.AddEntityAsync(WithProperties("props-over", 253)));

        Assert.Contains("253 properties", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await scratch.CountAsync("PartitionKey eq 'props-over'"));
    }

    [Fact]
    public async Task UpsertEntity_OverOneMebibyte_IsRefused()
    {
        var entity = new TableEntity("big", "row");
        for (var i = 0; i < 17; i++)
        {
            entity[$"Text{i}"] = new string('x', TableLimits.MaxStringChars); // 17 × 64 KiB
        }

        var refused = await Assert.ThrowsAsync<TableLimitException>(() => _table.UpsertEntityAsync(entity));

        Assert.Contains("1 MiB", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await scratch.CountAsync("PartitionKey eq 'big'"));
    }

    [Theory]
    [InlineData("bad-name")]
    [InlineData("1abc")]
    [InlineData("with space")]
    public async Task AddEntity_InvalidPropertyName_IsRefused(string name)
    {
        var refused = await Assert.ThrowsAsync<TableLimitException>(() => _table.AddEntityAsync(new TableEntity("names", name) { [name] = 1 }));

        Assert.Contains(name, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntity_StringAtAndOverTheLimit_FirstWrittenSecondRefused()
    {
        await _table.AddEntityAsync(new TableEntity("text", "at") { ["Text"] = new string('é', TableLimits.MaxStringChars) });

        var refused = await Assert.ThrowsAsync<TableLimitException>(() =>
            _table.AddEntityAsync(new TableEntity("text", "over") { ["Text"] = new string('é', TableLimits.MaxStringChars + 1) }));

        Assert.Contains("'Text'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await scratch.CountAsync("PartitionKey eq 'text'"));
    }

    [Fact]
    public async Task SubmitTransaction_100Actions_IsWritten101Refused()
    {
        await _table.SubmitTransactionAsync(Actions("hundred", 100));

        var refused = await Assert.ThrowsAsync<TableLimitException>(() => _table.SubmitTransactionAsync(Actions("hundred-one", 101)));

        Assert.Contains("101", refused.Message, StringComparison.Ordinal);
        Assert.Equal(100, await scratch.CountAsync("PartitionKey eq 'hundred'"));
        Assert.Equal(0, await scratch.CountAsync("PartitionKey eq 'hundred-one'"));
    }

    [Fact]
    public async Task SubmitTransaction_DeleteInAnotherPartition_IsRefusedAndNothingWritten()
    {
        await _table.AddEntityAsync(new TableEntity("it's other", "x"));

        var refused = await Assert.ThrowsAsync<TableLimitException>(() => _table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("mine", "a")),
            new(TableTransactionActionType.Delete, new TableEntity("it's other", "x")),
        ]));

        Assert.Contains("Action 1", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await scratch.CountAsync("PartitionKey eq 'mine'"));
        Assert.Equal(1, await scratch.CountAsync("PartitionKey eq 'it''s other'"));
    }

    [Fact]
    public async Task SubmitTransaction_DeletesWithQuotedKeysInOnePartition_GoThrough()
    {
        await _table.AddEntityAsync(new TableEntity("l'un", "a"));
        await _table.AddEntityAsync(new TableEntity("l'un", "b"));

        await _table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Delete, new TableEntity("l'un", "a")),
            new(TableTransactionActionType.Delete, new TableEntity("l'un", "b")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("l'un", "c") { ["Text"] = "kept" }),
        ]);

        Assert.Equal(1, await scratch.CountAsync("PartitionKey eq 'l''un'"));
    }

    [Fact]
    public async Task Refusal_IsABugNotAnOutage()
    {
        var refused = await Assert.ThrowsAsync<TableLimitException>(() => _table.AddEntityAsync(WithProperties("outage", 300)));

        Assert.False(StorageFailure.IsUnavailable(refused));
    }

    private static TableEntity WithProperties(string partition, int count)
    {
        var entity = new TableEntity(partition, "row");
        for (var i = 0; i < count; i++)
        {
            entity[$"P{i}"] = i;
        }
        return entity;
    }

    private static IEnumerable<TableTransactionAction> Actions(string partition, int count) =>
        Enumerable.Range(0, count).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, i.ToString("D3", CultureInfo.InvariantCulture))));
}
