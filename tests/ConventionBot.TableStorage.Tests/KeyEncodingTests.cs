namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class KeyEncodingTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Keys => new() { "O'Hara", "''", "é", "ü", "中文", "😀", "a b+c%20&=;,()", "Zoë O'Brien 🏠" };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task EntityOperations_UnusualKey_GetUpdateQueryDelete(string key)
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = key, RowKey = key, Visits = 1 });

        // Act
        var read = (await table.Client.GetEntityAsync<ContactEntity>(key, key)).Value;
        read.Visits = 2;
        await table.Client.UpdateEntityAsync(read, read.ETag);
        var queried = new List<ContactEntity>();
        await foreach (var entity in table.Client.QueryAsync<ContactEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key} and RowKey eq {key}")))
        {
            queried.Add(entity);
        }

        await table.Client.DeleteEntityAsync(key, key, (await table.Client.GetEntityAsync<ContactEntity>(key, key)).Value.ETag);

        // Assert
        Assert.Equal((key, key), (read.PartitionKey, read.RowKey));
        var single = Assert.Single(queried);
        Assert.Equal((key, 2), (single.RowKey, single.Visits));
        Assert.False((await table.Client.GetEntityIfExistsAsync<ContactEntity>(key, key)).HasValue);
    }
}
