using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Tests.ConventionInfo;

public sealed class DeadlinesCardTests
{
    private static readonly DateTimeOffset Now = InfoTestBed.LateIn2026;

    [Fact]
    public async Task DeadlinesAsync_SeveralReports_OverdueFirstThenUpcomingByDate()
    {
        // Arrange
        var bilans = new FakeReport(20, "bilans",
            new Deadline(Now.AddDays(30), "Bilan 2026 à rédiger", null, false),
            new Deadline(Now.AddDays(-40), "Bilan 2025 à valider", "Attendu avant le COPIL.", true));
        var meetings = new FakeReport(10, "réunions",
            new Deadline(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), "COTECH n° 2", null, false));
        var bed = new InfoTestBed(Now, null, bilans, meetings);

        // Act
        var json = InfoTestBed.Json(await bed.Views.DeadlinesAsync(bed.Shipped, Language.French, CancellationToken.None));

        // Assert
        string[] inOrder =
        [
            "En retard (2)",
            "Préparer le renouvellement de la convention",
            "Bilan 2025 à valider",
            "À venir (2)",
            "COTECH n° 2",
            "mardi 24 novembre 2026 à 10\\u00A0h\\u00A000 (dans 4 jours)", // no-break spaces, escaped in JSON
            "Bilan 2026 à rédiger",
        ];
        var positions = inOrder.Select(text => json.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0), json);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("**En retard** — prévu le mardi 31 décembre 2024", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlinesAsync_NothingDue_SaysSo()
    {
        // Arrange: the test convention is running, far from its end, and nobody reports anything.
        var bed = new InfoTestBed(new DateTimeOffset(2030, 3, 1, 9, 0, 0, TimeSpan.Zero), [InfoTestBed.Minimal()]);

        // Act
        var json = InfoTestBed.Json(await bed.Views.DeadlinesAsync(bed.Catalog.Default, Language.English, CancellationToken.None));

        // Assert
        Assert.Contains("No upcoming deadline for this convention.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlinesAsync_ManyUpcoming_ShowsTheNearestAndCountsTheRest()
    {
        // Arrange
        var many = Enumerable.Range(1, 20).Select(i => new Deadline(Now.AddDays(i), $"Échéance {i:00}", null, false)).ToArray();
        var bed = new InfoTestBed(new DateTimeOffset(2030, 3, 1, 9, 0, 0, TimeSpan.Zero), [InfoTestBed.Minimal()], new FakeReport(10, "x", many));

        // Act
        var json = InfoTestBed.Json(await bed.Views.DeadlinesAsync(bed.Catalog.Default, Language.French, CancellationToken.None));

        // Assert
        Assert.Contains("Échéance 15", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Échéance 16", json, StringComparison.Ordinal);
        Assert.Contains("… et 5 autres échéances.", json, StringComparison.Ordinal);
    }
}
