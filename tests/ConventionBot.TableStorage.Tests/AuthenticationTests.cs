using Azure;

namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class AuthenticationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CreateIfNotExistsAsync_WrongAccountKey_Throws403()
    {
        // Arrange
        var wrongKey = new TableSharedKeyCredential("devstoreaccount1", Convert.ToBase64String(new byte[64]));
        var client = new TableServiceClient(azurite.Service.Uri, wrongKey);

        // Act
        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.CreateTableIfNotExistsAsync("t" + Guid.NewGuid().ToString("N")));

        // Assert
        Assert.Equal(403, ex.Status);
        Assert.True(ex.ErrorCode is "AuthorizationFailure" or "AuthenticationFailed", ex.ErrorCode);
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_ExistingTable_DoesNotThrow()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();

        // Act
        var response = await table.Client.CreateIfNotExistsAsync();

        // Assert
        Assert.Equal(409, response.GetRawResponse().Status);
        Assert.Equal(table.Client.Name, response.Value.Name);
    }

    [Fact]
    public async Task CreateAsync_ExistingTable_Throws409TableAlreadyExists()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();

        // Act
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.Client.CreateAsync());

        // Assert
        Assert.Equal((409, "TableAlreadyExists"), (ex.Status, ex.ErrorCode));
    }

    [Fact]
    public async Task DeleteTableAsync_MissingTable_DoesNotThrow()
    {
        // Act
        var response = await azurite.Service.DeleteTableAsync("t" + Guid.NewGuid().ToString("N"));

        // Assert
        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task TableClient_SharedKeyCredentialConstructor_WorksAgainstAzurite()
    {
        // Arrange
        var credential = new TableSharedKeyCredential("devstoreaccount1", TableConnectionString.DevelopmentAccountKey);
        var client = new TableClient(azurite.Service.Uri, "t" + Guid.NewGuid().ToString("N"), credential);

        // Act
        await client.CreateAsync();
        await client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = "r" });
        var deleted = await client.DeleteAsync();

        // Assert
        Assert.Equal(204, deleted.Status);
        Assert.Equal("devstoreaccount1", client.AccountName);
    }
}
