using ConventionBot.Calendar;
using ConventionBot.ConventionInfo;
using ConventionBot.Conversation;

namespace ConventionBot.Tests.ConventionInfo;

public sealed class RenewalReportTests
{
    [Fact]
    public async Task DeadlinesAsync_Ended_OverdueRenewalDueOnTheLastDay()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var deadline = Assert.Single(await new RenewalReport(bed.Catalog).DeadlinesAsync(bed.Shipped, InfoTestBed.LateIn2026, Language.French, CancellationToken.None));

        // Assert
        Assert.True(deadline.IsOverdue);
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 0, 0, 0, TimeSpan.FromHours(1)), deadline.When);
        Assert.Equal("Préparer le renouvellement de la convention", deadline.Title);
        Assert.Contains("aucune convention ne lui succède encore", deadline.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlinesAsync_EndsWithinSixMonths_UpcomingRenewal()
    {
        // Arrange
        var now = new DateTimeOffset(2024, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var bed = new InfoTestBed(now);

        // Act
        var deadline = Assert.Single(await new RenewalReport(bed.Catalog).DeadlinesAsync(bed.Shipped, now, Language.English, CancellationToken.None));

        // Assert
        Assert.False(deadline.IsOverdue);
        Assert.Equal("Prepare the renewal of the convention", deadline.Title);
    }

    [Fact]
    public async Task DeadlinesAsync_FarFromTheEndOrSucceeded_None()
    {
        // Arrange
        var running = new InfoTestBed(new DateTimeOffset(2023, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var succeeded = new InfoTestBed(InfoTestBed.LateIn2026, [Conventions.TestDefinitions.Shipped(), InfoTestBed.Minimal()]);

        // Act
        var whileRunning = await new RenewalReport(running.Catalog).DeadlinesAsync(running.Shipped, running.Time.GetUtcNow(), Language.French, CancellationToken.None);
        var afterRenewal = await new RenewalReport(succeeded.Catalog).DeadlinesAsync(succeeded.Shipped, InfoTestBed.LateIn2026, Language.French, CancellationToken.None);

        // Assert
        Assert.Empty(whileRunning);
        Assert.Empty(afterRenewal);
    }
}
