using Azure;

namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TransactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SubmitTransactionAsync_SecondActionFails_RollsBackAndReportsIndex()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "existing" });
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new ContactEntity { PartitionKey = "p", RowKey = "new" }),
            new(TableTransactionActionType.Add, new ContactEntity { PartitionKey = "p", RowKey = "existing" }),
        ];

        // Act
        var ex = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.Client.SubmitTransactionAsync(actions));

        // Assert
        Assert.Equal(1, ex.FailedTransactionActionIndex);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
        Assert.Equal(409, ex.Status);
        Assert.False((await table.Client.GetEntityIfExistsAsync<ContactEntity>("p", "new")).HasValue);
    }

    [Fact]
    public async Task SubmitTransactionAsync_EveryActionType_AppliesAllAndReturnsOneResponseEach()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        foreach (var row in new[] { "merge", "replace", "delete" })
        {
            await table.Client.AddEntityAsync(new TableEntity("p", row) { ["Old"] = "o" });
        }

        var replaceETag = (await table.Client.GetEntityAsync<TableEntity>("p", "replace")).Value.ETag;
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add") { ["New"] = "n" }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "merge") { ["New"] = "n" }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "replace") { ["New"] = "n" }, replaceETag),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsertMerge") { ["New"] = "n" }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsertReplace") { ["New"] = "n" }),
        ];

        // Act
        var response = await table.Client.SubmitTransactionAsync(actions);

        // Assert
        Assert.Equal(6, response.Value.Count);
        Assert.All(response.Value, r => Assert.InRange(r.Status, 200, 299));
        var merged = (await table.Client.GetEntityAsync<TableEntity>("p", "merge")).Value;
        var replaced = (await table.Client.GetEntityAsync<TableEntity>("p", "replace")).Value;
        Assert.Equal(("o", "n"), (merged.GetString("Old"), merged.GetString("New")));
        Assert.Equal((null, "n"), (replaced.GetString("Old"), replaced.GetString("New")));
        Assert.False((await table.Client.GetEntityIfExistsAsync<TableEntity>("p", "delete")).HasValue);
        Assert.True((await table.Client.GetEntityIfExistsAsync<TableEntity>("p", "upsertReplace")).HasValue);
    }

    [Fact]
    public async Task SubmitTransactionAsync_StaleETag_Throws412WithIndex()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r" });
        var stale = (await table.Client.GetEntityAsync<ContactEntity>("p", "r")).Value;
        await table.Client.UpsertEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r", Visits = 1 });
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpsertMerge, new ContactEntity { PartitionKey = "p", RowKey = "other" }),
            new(TableTransactionActionType.UpdateMerge, stale, stale.ETag),
        ];

        // Act
        var ex = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.Client.SubmitTransactionAsync(actions));

        // Assert
        Assert.Equal((412, "UpdateConditionNotSatisfied", (int?)1), (ex.Status, ex.ErrorCode, ex.FailedTransactionActionIndex));
        Assert.False((await table.Client.GetEntityIfExistsAsync<ContactEntity>("p", "other")).HasValue);
        Assert.IsAssignableFrom<RequestFailedException>(ex);
    }
}
