using Azure;

namespace ConventionBot.TableStorage.Tests;

public sealed class EntityMapperTests
{
    [Fact]
    public void ToProperties_TypedEntityWithUnsupportedProperty_ThrowsNamingIt()
    {
        // Act
        var ex = Assert.Throws<NotSupportedException>(() => EntityMapper.ToProperties(new UnsupportedEntity()));

        // Assert
        Assert.Contains("UnsupportedEntity.Price", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToProperties_TypedEntity_SkipsNullsAndSystemProperties()
    {
        // Arrange
        var entity = new ContactEntity { PartitionKey = "p", RowKey = "r", Name = null, Visits = 3, ETag = new ETag("x") };

        // Act
        var properties = EntityMapper.ToProperties(entity);

        // Assert
        Assert.Equal(["PartitionKey", "RowKey", "Visits"], properties.Select(p => p.Key));
    }

    private sealed class UnsupportedEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = "p";

        public string RowKey { get; set; } = "r";

        public DateTimeOffset? Timestamp { get; set; }

        public ETag ETag { get; set; }

        public decimal Price { get; set; }
    }
}
