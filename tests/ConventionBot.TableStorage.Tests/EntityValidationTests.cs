namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class EntityValidationTests(AzuriteFixture azurite)
{
    public static TheoryData<string> ForbiddenKeys => new() { "a/b", "a\\b", "a#b", "a?b", "tab\t", "line\n", "\u0000", "\u007F", "\u0085", "\u009F" };

    [Theory]
    [MemberData(nameof(ForbiddenKeys))]
    public async Task AddEntityAsync_ForbiddenKeyCharacter_ThrowsBeforeAnyRequest(string key)
    {
        // Arrange
        var (options, counter) = AzuriteFixture.CountingOptions();
        await using var table = await azurite.CreateTableAsync(options);
        var sentBefore = counter.Count;

        // Act
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = key }));

        // Assert
        Assert.Equal("RowKey", ex.ParamName);
        Assert.Contains("forbidden character", ex.Message, StringComparison.Ordinal);
        Assert.Equal(sentBefore, counter.Count);
    }

    [Fact]
    public async Task AddEntityAsync_KeyOverOneKiB_ThrowsNamingTheKey()
    {
        // Arrange
        var (options, counter) = AzuriteFixture.CountingOptions();
        await using var table = await azurite.CreateTableAsync(options);
        var sentBefore = counter.Count;

        // Act
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => table.Client.AddEntityAsync(new ContactEntity { PartitionKey = new string('k', 513), RowKey = "r" }));

        // Assert
        Assert.Equal("PartitionKey", ex.ParamName);
        Assert.Equal(sentBefore, counter.Count);
    }

    [Fact]
    public async Task AddEntityAsync_253CustomProperties_ThrowsBeforeAnyRequest()
    {
        // Arrange
        var (options, counter) = AzuriteFixture.CountingOptions();
        await using var table = await azurite.CreateTableAsync(options);
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 253; i++)
        {
            entity[$"P{i}"] = i;
        }

        var sentBefore = counter.Count;

        // Act
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.AddEntityAsync(entity));

        // Assert
        Assert.Contains("253 properties", ex.Message, StringComparison.Ordinal);
        Assert.Equal(sentBefore, counter.Count);
    }

    [Fact]
    public async Task AddEntityAsync_EntityOverOneMiB_ThrowsBeforeAnyRequest()
    {
        // Arrange
        var (options, counter) = AzuriteFixture.CountingOptions();
        await using var table = await azurite.CreateTableAsync(options);
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 17; i++)
        {
            entity[$"Chunk{i}"] = new string('x', 32 * 1024);
        }

        var sentBefore = counter.Count;

        // Act
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.AddEntityAsync(entity));

        // Assert
        Assert.Contains("1 MiB", ex.Message, StringComparison.Ordinal);
        Assert.Equal(sentBefore, counter.Count);
    }

    [Theory]
    [InlineData("bad-name")]
    [InlineData("1abc")]
    [InlineData("with space")]
    public async Task AddEntityAsync_InvalidPropertyName_ThrowsNamingTheProperty(string name)
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();

        // Act
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.AddEntityAsync(new TableEntity("p", "r") { [name] = 1 }));

        // Assert
        Assert.Contains($"'{name}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntityAsync_StringOver32KCharactersOrBinaryOver64KiB_Throws()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        var longText = new TableEntity("p", "r") { ["Text"] = new string('x', (32 * 1024) + 1) };
        var bigBinary = new TableEntity("p", "r") { ["Bin"] = new byte[(64 * 1024) + 1] };

        // Act
        var textError = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.AddEntityAsync(longText));
        var binaryError = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.AddEntityAsync(bigBinary));

        // Assert
        Assert.Contains("'Text'", textError.Message, StringComparison.Ordinal);
        Assert.Contains("'Bin'", binaryError.Message, StringComparison.Ordinal);
    }
}
