namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class TransactionValidationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SubmitTransactionAsync_101Actions_ThrowsBeforeAnyRequest()
    {
        // Arrange
        var (options, counter) = AzuriteFixture.CountingOptions();
        await using var table = await azurite.CreateTableAsync(options);
        var actions = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(
            TableTransactionActionType.Add, new ContactEntity { PartitionKey = "p", RowKey = $"r{i}" }));
        var sentBefore = counter.Count;

        // Act
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.SubmitTransactionAsync(actions));

        // Assert
        Assert.Contains("at most 100", ex.Message, StringComparison.Ordinal);
        Assert.Equal(sentBefore, counter.Count);
    }

    [Fact]
    public async Task SubmitTransactionAsync_TwoPartitions_ThrowsBeforeAnyRequest()
    {
        // Arrange
        var (options, counter) = AzuriteFixture.CountingOptions();
        await using var table = await azurite.CreateTableAsync(options);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new ContactEntity { PartitionKey = "p1", RowKey = "r" }),
            new(TableTransactionActionType.Add, new ContactEntity { PartitionKey = "p2", RowKey = "r" }),
        ];
        var sentBefore = counter.Count;

        // Act
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.SubmitTransactionAsync(actions));

        // Assert
        Assert.Contains("single partition", ex.Message, StringComparison.Ordinal);
        Assert.Equal(sentBefore, counter.Count);
    }

    [Fact]
    public async Task SubmitTransactionAsync_EmptyOrRepeatedEntity_Throws()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        TableTransactionAction[] repeated =
        [
            new(TableTransactionActionType.UpsertMerge, new ContactEntity { PartitionKey = "p", RowKey = "r" }),
            new(TableTransactionActionType.Delete, new ContactEntity { PartitionKey = "p", RowKey = "r" }),
        ];

        // Act
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.SubmitTransactionAsync([]));
        var twice = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.SubmitTransactionAsync(repeated));

        // Assert
        Assert.Contains("at least one", empty.Message, StringComparison.Ordinal);
        Assert.Contains("once per transaction", twice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("my-table")]
    [InlineData("tables")]
    public void GetTableClient_InvalidName_Throws(string name)
    {
        // Act
        var ex = Assert.Throws<ArgumentException>(() => azurite.Service.GetTableClient(name));

        // Assert
        Assert.Equal("tableName", ex.ParamName);
    }
}
