using ConventionBot.Tests.Bilans;
using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Tests.ConventionInfo;

public sealed class SummaryCardTests
{
    [Fact]
    public async Task SummaryAsync_EndedConvention_SaysSoFirstAndKeepsRecordsOpen()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var json = InfoTestBed.Json(await bed.Views.SummaryAsync(bed.Shipped, InfoTestBed.Caller(), CancellationToken.None));

        // Assert
        var ended = json.IndexOf("Cette convention a pris fin le mardi 31 décembre 2024.", StringComparison.Ordinal);
        Assert.True(ended > 0 && ended < json.IndexOf("Axes et chantiers", StringComparison.Ordinal), json);
        Assert.Contains("Ses dossiers restent ouverts", json, StringComparison.Ordinal);
        Assert.Contains("des années 2022 à 2024", json, StringComparison.Ordinal);
        Assert.Contains("Aucune nouvelle convention n’a encore pris le relais.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryAsync_Admin_OffersToPrepareTheRenewal()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var admin = InfoTestBed.Json(await bed.Views.SummaryAsync(bed.Shipped, InfoTestBed.Caller(isAdmin: true), CancellationToken.None));
        var reader = InfoTestBed.Json(await bed.Views.SummaryAsync(bed.Shipped, InfoTestBed.Caller(isAdmin: false), CancellationToken.None));

        // Assert
        Assert.Contains("il est temps de préparer son renouvellement", admin, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Préparer le renouvellement\"", admin, StringComparison.Ordinal);
        Assert.DoesNotContain("Préparer le renouvellement", reader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryAsync_Running_ShowsTheYearAndElapsedShare()
    {
        // Arrange: the test convention runs 2030-2031.
        var bed = new InfoTestBed(new DateTimeOffset(2031, 1, 1, 12, 0, 0, TimeSpan.Zero), [InfoTestBed.Minimal()]);

        // Act
        var json = InfoTestBed.Json(await bed.Views.SummaryAsync(bed.Catalog.Default, InfoTestBed.Caller(isAdmin: true), CancellationToken.None));

        // Assert
        Assert.Contains("Convention en cours\u00A0: année 2 sur 2 (2031).", CardJson.Texts(json), StringComparison.Ordinal);
        Assert.Contains("Durée écoulée\u00A0: 50 %. Fin le mercredi 31 décembre 2031 (dans 364 jours).", CardJson.Texts(json), StringComparison.Ordinal);
        Assert.DoesNotContain("Préparer le renouvellement", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryAsync_ReportsRegistered_ShowsTheirSectionsInOrderBeforeTheContribution()
    {
        // Arrange: registered out of order on purpose.
        var bilans = new FakeReport(20, "bilans");
        var meetings = new FakeReport(10, "réunions");
        var bed = new InfoTestBed(InfoTestBed.LateIn2026, null, bilans, meetings);

        // Act
        var json = InfoTestBed.Json(await bed.Views.SummaryAsync(bed.Shipped, InfoTestBed.Caller(), CancellationToken.None));

        // Assert
        var chantiers = json.IndexOf("NPNRU métropolitain", StringComparison.Ordinal);
        var first = json.IndexOf(meetings.ConventionText(Language.French), StringComparison.Ordinal);
        var second = json.IndexOf(bilans.ConventionText(Language.French), StringComparison.Ordinal);
        var contribution = json.IndexOf("Contribution financière", StringComparison.Ordinal);
        Assert.True(chantiers < first && first < second && second < contribution, json);
    }

    [Fact]
    public async Task SummaryAsync_ShippedConvention_ShowsPartiesAxesChantiersAndContribution()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var json = InfoTestBed.Json(await bed.Views.SummaryAsync(bed.Shipped, InfoTestBed.Caller(), CancellationToken.None));

        // Assert
        Assert.Contains("Métropole Aix-Marseille-Provence", json, StringComparison.Ordinal);
        Assert.Contains("du 1er janvier 2022 au 31 décembre 2024", json, StringComparison.Ordinal);
        Assert.Contains("**Axe 3** · L’intervention dans les quartiers", json, StringComparison.Ordinal);
        Assert.Contains("- **5** · NPNRU métropolitain\\r- **6** · PPA Marseille-Horizons", json, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"convention.chantiers\"", json, StringComparison.Ordinal);
        Assert.Contains("Comité technique, au moins 2 par an", json, StringComparison.Ordinal);
        Assert.Contains("20\\u202F000\\u00A0€ par an", json, StringComparison.Ordinal); // no-break spaces, escaped in JSON
        Assert.Contains("le rapport d’activité et les comptes de l’année N-1", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryAsync_English_SpeaksEnglish()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var json = InfoTestBed.Json(await bed.Views.SummaryAsync(bed.Shipped, InfoTestBed.Caller(Language.English, isAdmin: true), CancellationToken.None));

        // Assert
        Assert.Contains("This convention ended on Tuesday 31 December 2024.", json, StringComparison.Ordinal);
        Assert.Contains("**Admins**: it is time to prepare its renewal.", json, StringComparison.Ordinal);
        Assert.Contains("€20,000 a year", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryAsync_SuccessorLoaded_SaysWhenItTakesOverAndLinksToIt()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026, [Conventions.TestDefinitions.Shipped(), InfoTestBed.Minimal()]);

        // Act
        var json = InfoTestBed.Json(await bed.Views.SummaryAsync(bed.Shipped, InfoTestBed.Caller(isAdmin: true), CancellationToken.None));

        // Assert
        Assert.Contains("La «\u00A0Convention de test\u00A0» lui succédera le mardi 1er janvier 2030.", CardJson.Texts(json), StringComparison.Ordinal);
        Assert.Contains("\"convention\":\"test-2030\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Préparer le renouvellement", json, StringComparison.Ordinal);
    }
}
