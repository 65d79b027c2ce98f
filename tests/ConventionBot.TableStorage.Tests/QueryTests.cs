using System.Globalization;

namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class QueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task QueryAsync_MoreThanOneThousandEntities_FollowsContinuationAcrossPages()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        for (var batch = 0; batch < 12; batch++)
        {
            var actions = Enumerable.Range(batch * 100, 100).Select(i => new TableTransactionAction(
                TableTransactionActionType.Add, new ContactEntity { PartitionKey = "p", RowKey = i.ToString("D5", CultureInfo.InvariantCulture), Visits = i }));
            await table.Client.SubmitTransactionAsync(actions);
        }

        // Act
        var pages = new List<int>();
        await foreach (var page in table.Client.QueryAsync<ContactEntity>().AsPages())
        {
            pages.Add(page.Values.Count);
        }

        // Assert
        Assert.Equal(1200, pages.Sum());
        Assert.True(pages.Count >= 2, $"Expected several pages, got {pages.Count}.");
        Assert.True(pages.Max() <= 1000);
    }

    [Fact]
    public async Task QueryAsync_MaxPerPageAndSelect_PagesByTopAndReturnsSelectedProperties()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        for (var i = 0; i < 5; i++)
        {
            await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = $"r{i}", Name = $"n{i}", Visits = i });
        }

        // Act
        var pages = new List<IReadOnlyList<ContactEntity>>();
        await foreach (var page in table.Client.QueryAsync<ContactEntity>(maxPerPage: 2, select: ["RowKey", "Visits"]).AsPages())
        {
            pages.Add(page.Values);
        }

        // Assert
        Assert.Equal([2, 2, 1], pages.Select(p => p.Count));
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(["r0", "r1", "r2", "r3", "r4"], all.Select(e => e.RowKey));
        Assert.Equal([0, 1, 2, 3, 4], all.Select(e => e.Visits));
        Assert.All(all, e => Assert.Null(e.Name));
    }

    [Fact]
    public async Task QueryAsync_SeveralPartitions_ContinuesAcrossPartitionBoundaries()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        foreach (var partition in new[] { "a", "b", "c" })
        {
            for (var i = 0; i < 3; i++)
            {
                await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = partition, RowKey = $"r{i}" });
            }
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey ne {"b"}");

        // Act
        var keys = new List<string>();
        await foreach (var entity in table.Client.QueryAsync<ContactEntity>(filter, maxPerPage: 2))
        {
            keys.Add($"{entity.PartitionKey}/{entity.RowKey}");
        }

        // Assert
        Assert.Equal(["a/r0", "a/r1", "a/r2", "c/r0", "c/r1", "c/r2"], keys);
    }

    [Fact]
    public async Task QueryAsync_TypedFilterValues_MatchStoredValues()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        var id = Guid.NewGuid();
        var when = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        await table.Client.AddEntityAsync(new AllTypesEntity { PartitionKey = "p", RowKey = "hit", Id = id, BigNumber = 5_000_000_000, When = when, Flag = true });
        await table.Client.AddEntityAsync(new AllTypesEntity { PartitionKey = "p", RowKey = "miss", Id = Guid.NewGuid(), BigNumber = 1, When = when.AddDays(-1) });
        var filter = TableClient.CreateQueryFilter($"Id eq {id} and BigNumber gt {4_000_000_000L} and When ge {when} and Flag eq {true}");

        // Act
        var rows = new List<string>();
        await foreach (var entity in table.Client.QueryAsync<AllTypesEntity>(filter))
        {
            rows.Add(entity.RowKey);
        }

        // Assert
        Assert.Equal(["hit"], rows);
    }

    [Fact]
    public async Task QueryAsync_InjectionAttemptThroughCreateQueryFilter_ReturnsNothing()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        for (var i = 0; i < 3; i++)
        {
            await table.Client.AddEntityAsync(new ContactEntity { PartitionKey = "p", RowKey = $"r{i}" });
        }

        var hostile = "nobody' or RowKey ne 'zzz";
        var filter = TableClient.CreateQueryFilter($"RowKey eq {hostile}");

        // Act
        var count = 0;
        await foreach (var unused in table.Client.QueryAsync<ContactEntity>(filter))
        {
            count++;
        }

        // Assert
        Assert.Equal(0, count);
    }
}
