using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.ConventionInfo;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Tests.Conventions;

namespace ConventionBot.Tests.ConventionInfo;

public sealed class ConventionCardsParserTests
{
    /// <summary>Ended (late 2026), running with renewal due, not started; with and without a successor.</summary>
    private static readonly (string Name, DateTimeOffset Now, bool WithSuccessor)[] States =
    [
        ("ended", InfoTestBed.LateIn2026, false),
        ("ended-succeeded", InfoTestBed.LateIn2026, true),
        ("renewal-due", new DateTimeOffset(2024, 9, 1, 8, 0, 0, TimeSpan.Zero), false),
        ("running", new DateTimeOffset(2023, 3, 1, 8, 0, 0, TimeSpan.Zero), false),
        ("not-started", new DateTimeOffset(2021, 10, 1, 8, 0, 0, TimeSpan.Zero), false),
    ];

    [Fact]
    public async Task EveryConventionCard_BothLanguagesAdminOrNotWithSections_PassesTheOfficialParser()
    {
        // Arrange
        var cards = new Dictionary<string, string>();
        foreach (var (state, now, withSuccessor) in States)
        {
            var deadlines = new[] { new Deadline(now.AddDays(-3), "Bilan à valider", "Détail.", true), new Deadline(now.AddDays(3), "COTECH", null, false) };
            IEnumerable<ConventionDefinition> definitions = withSuccessor ? [TestDefinitions.Shipped(), InfoTestBed.Minimal()] : [TestDefinitions.Shipped()];
            var bed = new InfoTestBed(now, definitions, new FakeReport(10, "réunions", deadlines), new FakeReport(20, "bilans"));
            foreach (var language in Enum.GetValues<Language>())
            {
                await AddCardsAsync(cards, $"{state}-{language}", bed, language);
            }
        }

        // Act
        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(cards.Keys, name => Assert.StartsWith("OK", result.LineFor(name), StringComparison.Ordinal));
    }

    private static async Task AddCardsAsync(Dictionary<string, string> cards, string prefix, InfoTestBed bed, Language language)
    {
        var shipped = bed.Shipped;
        var none = CancellationToken.None;
        cards[$"{prefix}-summary-admin"] = Json(await bed.Views.SummaryAsync(shipped, InfoTestBed.Caller(language, isAdmin: true), none));
        cards[$"{prefix}-summary-reader"] = Json(await bed.Views.SummaryAsync(shipped, InfoTestBed.Caller(language), none));
        cards[$"{prefix}-chantiers"] = Json(ChantierListCard.Build(shipped, language));
        cards[$"{prefix}-chantier-ambiguous"] = Json(await bed.Views.ChantierAsync(shipped, "mise en oeuvre", language, none));
        cards[$"{prefix}-chantier-unknown"] = Json(await bed.Views.ChantierAsync(shipped, "piscine", language, none));
        cards[$"{prefix}-deadlines"] = Json(await bed.Views.DeadlinesAsync(shipped, language, none));
        cards[$"{prefix}-convention-unknown"] = Json(ConventionChoiceCard.Build(bed.Catalog, "2019-2021", language));
        foreach (var chantier in shipped.Chantiers)
        {
            cards[$"{prefix}-chantier-{chantier.Number}"] = Json(await bed.Views.ChantierAsync(shipped, chantier, language, none));
        }
    }

    // Serializing enforces the Teams size cap: a card too large throws here.
    private static string Json(AdaptiveCard card) => AdaptiveCardJson.Serialize(card);
}
