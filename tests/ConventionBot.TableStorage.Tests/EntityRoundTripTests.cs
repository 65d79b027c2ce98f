namespace ConventionBot.TableStorage.Tests;

[Collection(AzuriteCollectionDefinition.Name)]
public sealed class EntityRoundTripTests(AzuriteFixture azurite)
{
    public static TheoryData<double> Doubles => new()
    {
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e308, -1e308, 2.0, 0.1, double.Epsilon, -123.456,
    };

    [Fact]
    public async Task GetEntityAsync_TypedEntityWithEveryType_RoundTripsExactly()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        var expected = new AllTypesEntity
        {
            PartitionKey = "p", RowKey = "r", Text = "Métropole Aix-Marseille 中文 😀", Flag = true, Number = int.MinValue,
            BigNumber = long.MaxValue, Ratio = 2.0, When = new DateTimeOffset(2026, 11, 21, 23, 38, 2, TimeSpan.FromHours(2)).AddTicks(1234567),
            WhenUtc = new DateTime(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc), Id = Guid.NewGuid(), Bytes = [0, 1, 254, 255],
            Data = BinaryData.FromString("données"), Status = Status.Approved, MaybeInt = 42, MaybeLong = long.MinValue,
            MaybeDouble = 1e308, MaybeWhen = DateTimeOffset.MaxValue.ToUniversalTime(), MaybeId = Guid.Empty, MaybeFlag = false,
            MaybeStatus = Status.Draft,
        };

        // Act
        await table.Client.AddEntityAsync(expected);
        var actual = (await table.Client.GetEntityAsync<AllTypesEntity>("p", "r")).Value;

        // Assert
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal((expected.Flag, expected.Number, expected.BigNumber, expected.Ratio), (actual.Flag, actual.Number, actual.BigNumber, actual.Ratio));
        Assert.Equal(expected.When, actual.When);
        Assert.Equal(expected.When.UtcTicks, actual.When.UtcTicks);
        Assert.Equal(expected.WhenUtc, actual.WhenUtc);
        Assert.Equal(DateTimeKind.Utc, actual.WhenUtc.Kind);
        Assert.Equal((expected.Id, expected.Status), (actual.Id, actual.Status));
        Assert.Equal(expected.Bytes, actual.Bytes);
        Assert.Equal(expected.Data!.ToArray(), actual.Data!.ToArray());
        Assert.Equal((expected.MaybeInt, expected.MaybeLong, expected.MaybeDouble), (actual.MaybeInt, actual.MaybeLong, actual.MaybeDouble));
        Assert.Equal((expected.MaybeWhen, expected.MaybeId, expected.MaybeFlag, expected.MaybeStatus), (actual.MaybeWhen, actual.MaybeId, actual.MaybeFlag, actual.MaybeStatus));
        Assert.NotNull(actual.Timestamp);
        Assert.NotEqual(default, actual.ETag);
    }

    [Fact]
    public async Task GetEntityAsync_NullsAndEmptyBinary_ComeBackAsNullAndEmpty()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        var entity = new AllTypesEntity { PartitionKey = "p", RowKey = "r", Bytes = [], Text = string.Empty };

        // Act
        await table.Client.AddEntityAsync(entity);
        var actual = (await table.Client.GetEntityAsync<AllTypesEntity>("p", "r")).Value;

        // Assert
        Assert.Equal(Array.Empty<byte>(), actual.Bytes);
        Assert.Equal(string.Empty, actual.Text);
        Assert.Null(actual.Data);
        Assert.Null(actual.MaybeInt);
        Assert.Null(actual.MaybeWhen);
        Assert.Null(actual.MaybeStatus);
    }

    [Theory]
    [MemberData(nameof(Doubles))]
    public async Task GetEntityAsync_EdgeDouble_RoundTripsBitForBit(double value)
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        var entity = new TableEntity("p", "r") { ["Value"] = value };

        // Act
        await table.Client.AddEntityAsync(entity);
        var actual = (await table.Client.GetEntityAsync<TableEntity>("p", "r")).Value;

        // Assert
        Assert.IsType<double>(actual["Value"]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(actual.GetDouble("Value")!.Value));
    }

    [Fact]
    public async Task GetEntityAsync_NegativeZero_ComesBackEqualToZero()
    {
        // Arrange: the client sends -0 (see EntityJsonTests); Azurite, being JavaScript, answers 0.
        await using var table = await azurite.CreateTableAsync();
        await table.Client.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = -0.0 });

        // Act
        var actual = (await table.Client.GetEntityAsync<TableEntity>("p", "r")).Value;

        // Assert
        Assert.Equal(0.0, actual.GetDouble("Value"));
        Assert.IsType<double>(actual["Value"]);
    }

    [Fact]
    public async Task GetEntityAsync_DynamicEntity_KeepsEdmTypes()
    {
        // Arrange
        await using var table = await azurite.CreateTableAsync();
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(9999999);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["S"] = "Zoë 🏠", ["B"] = true, ["I"] = 7, ["L"] = long.MaxValue, ["D"] = 2.0, ["W"] = when, ["G"] = id,
            ["Bin"] = new byte[] { 1, 2, 3 }, ["E"] = Status.Approved, ["N"] = null,
        };

        // Act
        await table.Client.AddEntityAsync(entity);
        var actual = (await table.Client.GetEntityAsync<TableEntity>("p", "r")).Value;

        // Assert
        Assert.Equal(("Zoë 🏠", true, 7, long.MaxValue, 2.0), (actual.GetString("S"), actual.GetBoolean("B"), actual.GetInt32("I"), actual.GetInt64("L"), actual.GetDouble("D")));
        Assert.IsType<int>(actual["I"]);
        Assert.IsType<long>(actual["L"]);
        Assert.Equal(when, actual.GetDateTimeOffset("W"));
        Assert.Equal(id, actual.GetGuid("G"));
        Assert.Equal(new byte[] { 1, 2, 3 }, actual.GetBinary("Bin"));
        Assert.Equal("Approved", actual.GetString("E"));
        Assert.False(actual.ContainsKey("N"));
        Assert.Equal(("p", "r"), (actual.PartitionKey, actual.RowKey));
        Assert.NotEqual(default, actual.ETag);
    }
}
