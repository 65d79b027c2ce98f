using ConventionBot.ConventionInfo;
using ConventionBot.Conventions;
using ConventionBot.Tests.Conventions;

namespace ConventionBot.Tests.ConventionInfo;

public sealed class ConventionStandingTests
{
    private static readonly ConventionDefinition Shipped = TestDefinitions.Shipped();

    [Fact]
    public void Of_LateIn2026_EndedAndNeedsRenewal()
    {
        // Arrange
        var catalog = new InfoTestBed(InfoTestBed.LateIn2026).Catalog;

        // Act
        var standing = ConventionStanding.Of(catalog, Shipped, new DateOnly(2026, 11, 20));

        // Assert
        Assert.Equal(ConventionPhase.Ended, standing.Phase);
        Assert.True(standing.NeedsRenewal);
        Assert.Null(standing.Successor);
        Assert.Equal(100, standing.ElapsedPercent);
    }

    [Fact]
    public void Of_MidJune2023_RunningSecondYearHalfway()
    {
        // Arrange
        var catalog = new InfoTestBed(InfoTestBed.LateIn2026).Catalog;

        // Act
        var standing = ConventionStanding.Of(catalog, Shipped, new DateOnly(2023, 7, 2));

        // Assert
        Assert.Equal(ConventionPhase.Running, standing.Phase);
        Assert.Equal(2, standing.YearNumber);
        Assert.Equal(50, standing.ElapsedPercent);
        Assert.False(standing.NeedsRenewal);
    }

    [Theory]
    [InlineData("2024-06-29", false)]
    [InlineData("2024-06-30", true)]
    [InlineData("2024-12-31", true)]
    public void NeedsRenewal_AroundSixMonthsBeforeTheEnd_StartsOnTheDay(string today, bool expected)
    {
        // Arrange
        var catalog = new InfoTestBed(InfoTestBed.LateIn2026).Catalog;

        // Act
        var standing = ConventionStanding.Of(catalog, Shipped, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expected, standing.NeedsRenewal);
    }

    [Fact]
    public void Of_LaterConventionLoaded_IsTheSuccessorAndNoRenewalIsNeeded()
    {
        // Arrange
        var catalog = new InfoTestBed(InfoTestBed.LateIn2026, [Shipped, InfoTestBed.Minimal()]).Catalog;

        // Act
        var standing = ConventionStanding.Of(catalog, Shipped, new DateOnly(2026, 11, 20));

        // Assert
        Assert.Equal("test-2030", standing.Successor?.Id);
        Assert.False(standing.NeedsRenewal);
    }

    [Fact]
    public void Of_BeforeTheStart_NotStartedWithDaysToGo()
    {
        // Arrange
        var minimal = InfoTestBed.Minimal();
        var catalog = new InfoTestBed(InfoTestBed.LateIn2026, [minimal]).Catalog;

        // Act
        var standing = ConventionStanding.Of(catalog, minimal, new DateOnly(2029, 12, 22));

        // Assert
        Assert.Equal(ConventionPhase.NotStarted, standing.Phase);
        Assert.Equal(10, standing.DaysToStart);
        Assert.Equal(0, standing.ElapsedPercent);
    }
}
