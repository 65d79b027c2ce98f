namespace ConventionBot.TableStorage.Tests;

public sealed class QueryFilterTests
{
    [Fact]
    public void CreateQueryFilter_StringWithQuotes_DoublesThem()
    {
        // Act
        var filter = TableClient.CreateQueryFilter($"RowKey eq {"nobody' or RowKey ne 'zzz"}");

        // Assert
        Assert.Equal("RowKey eq 'nobody'' or RowKey ne ''zzz'", filter);
    }

    [Fact]
    public void CreateQueryFilter_EveryType_FormatsAsOData()
    {
        // Arrange
        var id = Guid.Parse("c6a1b2c3-0000-4000-8000-000000000001");
        var when = new DateTimeOffset(2026, 11, 21, 23, 38, 2, TimeSpan.FromHours(1)).AddTicks(1234567);

        // Act
        var filter = TableServiceClient.CreateQueryFilter(
            $"{true} {42} {5_000_000_000L} {2.0} {0.5} {id} {when} {new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)} {new byte[] { 0x0a, 0xff }} {Status.Approved} {(string?)null}");

        // Assert
        Assert.Equal(
            "true 42 5000000000L 2.0 0.5 guid'c6a1b2c3-0000-4000-8000-000000000001' datetime'2026-11-21T22:38:02.1234567Z' "
            + "datetime'2026-01-01T00:00:00.0000000Z' X'0aff' 'Approved' null",
            filter);
    }

    [Fact]
    public void CreateQueryFilter_UnsupportedArgument_Throws()
    {
        // Act
        var ex = Assert.Throws<NotSupportedException>(() => TableClient.CreateQueryFilter($"Price eq {12.5m}"));

        // Assert
        Assert.Contains("Decimal", ex.Message, StringComparison.Ordinal);
    }
}
