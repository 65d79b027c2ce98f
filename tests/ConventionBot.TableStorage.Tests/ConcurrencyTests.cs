using Azure;

namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddEntityAsync_DuplicateKeys_Throws409EntityAlreadyExists()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r" });

        // Act
        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r" }));

        // Assert
        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
    }

    [Fact]
    public async Task UpdateEntityAsync_StaleETag_Throws412UpdateConditionNotSatisfied()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r", Visits = 1 });
        var stale = (await table.Client.GetEntityAsync<ContactEntity>("p", "r")).Value;
        var fresh = (await table.Client.GetEntityAsync<ContactEntity>("p", "r")).Value;
        fresh.Visits = 2;
        await table.Client.UpdateEntityAsync(fresh, fresh.ETag);
        stale.Visits = 3;

        // Act
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.Client.UpdateEntityAsync(stale, stale.ETag, TableUpdateMode.Replace));

        // Assert
        Assert.Equal(412, ex.Status);
        Assert.Equal("UpdateConditionNotSatisfied", ex.ErrorCode);
        Assert.Equal(2, (await table.Client.GetEntityAsync<ContactEntity>("p", "r")).Value.Visits);
    }

    [Fact]
    public async Task DeleteEntityAsync_StaleETag_Throws412AndKeepsEntity()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r" });
        var stale = (await table.Client.GetEntityAsync<ContactEntity>("p", "r")).Value;
        await table.Client.UpsertEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r", Visits = 5 });

        // Act
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.Client.DeleteEntityAsync("p", "r", stale.ETag));

        // Assert
        Assert.Equal(412, ex.Status);
        Assert.Equal("UpdateConditionNotSatisfied", ex.ErrorCode);
        Assert.True((await table.Client.GetEntityIfExistsAsync<ContactEntity>("p", "r")).HasValue);
    }

    [Fact]
    public async Task DeleteEntityAsync_MissingEntityDefaultETag_Returns404WithoutThrowing()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();

        // Act
        var response = await table.Client.DeleteEntityAsync("p", "missing");

        // Assert
        Assert.Equal(404, response.Status);
    }
}
