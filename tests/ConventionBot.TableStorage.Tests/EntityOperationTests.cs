using Azure;

namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class EntityOperationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DeleteEntityAsync_ExistingEntity_RemovesIt()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r" });
        var current = (await table.Client.GetEntityAsync<ContactEntity>("p", "r")).Value;

        // Act
        var response = await table.Client.DeleteEntityAsync("p", "r", current.ETag);

        // Assert
        Assert.Equal(204, response.Status);
        Assert.False((await table.Client.GetEntityIfExistsAsync<ContactEntity>("p", "r")).HasValue);
    }

    [Fact]
    public async Task GetEntityIfExistsAsync_MissingEntity_HasNoValue()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();

        // Act
        var response = await table.Client.GetEntityIfExistsAsync<ContactEntity>("p", "missing");

        // Assert
        Assert.False(response.HasValue);
        Assert.Equal(404, response.GetRawResponse().Status);
    }

    [Fact]
    public async Task GetEntityAsync_MissingEntity_Throws404ResourceNotFound()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();

        // Act
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.Client.GetEntityAsync<ContactEntity>("p", "missing"));

        // Assert
        Assert.Equal(404, ex.Status);
        Assert.Equal("ResourceNotFound", ex.ErrorCode);
    }

    [Fact]
    public async Task GetEntityIfExistsAsync_MissingTable_Throws404TableNotFound()
    {
        // Arrange
        var client = azurite.Service.GetTableClient("t" + Guid.NewGuid().ToString("N"));

        // Act
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetEntityIfExistsAsync<ContactEntity>("p", "r"));

        // Assert
        Assert.Equal(404, ex.Status);
        Assert.Equal("TableNotFound", ex.ErrorCode);
    }

    [Fact]
    public async Task UpsertEntityAsync_Merge_KeepsUnmentionedPropertiesAndReplaceDropsThem()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        // Act
        await table.Client.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2", ["C"] = "c" }, TableUpdateMode.Merge);
        var merged = (await table.Client.GetEntityAsync<TableEntity>("p", "r")).Value;
        await table.Client.UpsertEntityAsync(new TableEntity("p", "r") { ["D"] = "d" }, TableUpdateMode.Replace);
        var replaced = (await table.Client.GetEntityAsync<TableEntity>("p", "r")).Value;

        // Assert
        Assert.Equal(("a", "b2", "c"), (merged.GetString("A"), merged.GetString("B"), merged.GetString("C")));
        Assert.Equal("d", replaced.GetString("D"));
        Assert.False(replaced.ContainsKey("A") || replaced.ContainsKey("B") || replaced.ContainsKey("C"));
    }

    [Fact]
    public async Task UpsertEntityAsync_MissingEntity_InsertsIt()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();

        // Act
        await table.Client.UpsertEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "new", Name = "Nouveau" });

        // Assert
        Assert.Equal("Nouveau", (await table.Client.GetEntityAsync<ContactEntity>("p", "new")).Value.Name);
    }

    [Fact]
    public async Task GetEntityAsync_WithSelect_ReturnsOnlySelectedProperties()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r", Name = "Ana", Visits = 9 });

        // Act
        var entity = (await table.Client.GetEntityAsync<ContactEntity>("p", "r", ["Visits"])).Value;

        // Assert
        Assert.Equal(9, entity.Visits);
        Assert.Null(entity.Name);
    }
}
