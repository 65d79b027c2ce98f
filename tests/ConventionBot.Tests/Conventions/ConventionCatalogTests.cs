using ConventionBot.Conventions;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Conventions;

public sealed class ConventionCatalogTests
{
    private static readonly ConventionDefinition Previous = TestDefinitions.Shipped() with
    {
        Id = "amp-arhlm-2019-2021",
        StartDate = new DateOnly(2019, 1, 1),
        EndDate = new DateOnly(2021, 12, 31),
    };

    private static readonly ConventionDefinition Current = TestDefinitions.Shipped();

    [Theory]
    [InlineData("2023-06-15T10:00:00Z", "amp-arhlm-2022-2024")]
    [InlineData("2021-06-15T10:00:00Z", "amp-arhlm-2019-2021")]
    [InlineData("2021-12-31T22:59:59Z", "amp-arhlm-2019-2021")]
    [InlineData("2021-12-31T23:00:00Z", "amp-arhlm-2022-2024")] // already 1 January 2022 in Paris
    [InlineData("2021-12-31T20:30:00-05:00", "amp-arhlm-2022-2024")]
    [InlineData("2026-03-01T10:00:00Z", "amp-arhlm-2022-2024")] // over, and no renewal yet
    [InlineData("2018-03-01T10:00:00Z", "amp-arhlm-2019-2021")] // nothing started: the next one
    public void Default_AtAGivenTime_IsTheConventionInForceOrTheMostRecent(string now, string expectedId)
    {
        // Arrange
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var catalog = new ConventionCatalog([Current, Previous], time);

        // Act
        var chosen = catalog.Default;

        // Assert
        Assert.Equal(expectedId, chosen.Id);
    }

    [Fact]
    public void Today_JustBeforeMidnightUtcInSummer_IsTheNextDayInParis()
    {
        // Arrange
        var catalog = new ConventionCatalog([Current], new FakeTimeProvider(new DateTimeOffset(2024, 7, 13, 22, 30, 0, TimeSpan.Zero)));

        // Act & Assert
        Assert.Equal(new DateOnly(2024, 7, 14), catalog.Today);
    }

    [Fact]
    public void Find_IdInAnyCase_ReturnsTheDefinitionElseNull()
    {
        // Arrange
        var catalog = new ConventionCatalog([Previous, Current], TimeProvider.System);

        // Act & Assert
        Assert.Same(Current, catalog.Find("AMP-ARHLM-2022-2024"));
        Assert.Null(catalog.Find("plh-arras-2014-2020"));
        Assert.Equal(2, catalog.All.Count);
    }

    [Fact]
    public void Constructor_NoDefinition_Throws()
    {
        // Act & Assert
        Assert.Throws<ArgumentException>(() => new ConventionCatalog([], TimeProvider.System));
    }
}
