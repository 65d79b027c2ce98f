using ConventionBot.Bilans;
using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Funding;
using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Funding;

/// <summary>The contribution cards (the dossier's files included) through the official parser, under Teams' size cap.</summary>
public sealed class FundingCardsTests
{
    [Fact]
    public async Task EveryContributionCard_BothLanguagesEveryStateErrorAndDossierFile_PassesTheOfficialParserAndFits()
    {
        // Arrange
        var cards = new Dictionary<string, string>();
        foreach (var language in Enum.GetValues<Language>())
        {
            foreach (var (name, card) in Cards(language))
            {
                cards[$"{name}-{language}"] = AdaptiveCardJson.Serialize(card);
            }
        }

        // Act
        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        // Assert
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Equal(2 * (9 + 3), cards.Count);
    }

    private static IEnumerable<(string, AdaptiveCard)> Cards(Language l) => FundingCards(l).Concat(DossierCards(l));

    private static IEnumerable<(string, AdaptiveCard)> FundingCards(Language l)
    {
        var convention = BilanSamples.Convention;
        var terms = convention.Contribution!;
        var today = new DateOnly(2026, 11, 20);
        var empty = FundingRecord.New(convention.Id, 2023);
        var called = empty with { CallSentOn = new DateOnly(2023, 3, 10), DocumentsReceived = ["rib", "statuts"], UpdatedBy = "Claire Métropole", UpdatedAt = BilanSamples.Now, ETag = "W/\"e\"" };
        var reduced = called with { Decision = FundingDecision.Reduced, ReducedAmount = 15000.5m, Reason = "Chantier 6 reporté", PaidOn = new DateOnly(2023, 6, 1) };
        var suspended = called with { Decision = FundingDecision.Suspended, Reason = "Non-exécution" };
        FundingView View(FundingRecord record, bool admin, BilanYear? bilan = null) =>
            new(convention, terms, new FundingYear(record, bilan ?? BilanSamples.Year()), new FundingOptions(), FundingForm.ValuesOf(record), today, admin, l);
        var typed = FundingForm.ValuesOf(called);
        typed["amount"] = "25000";
        typed["decision"] = "Reduced";
        yield return ("funding-empty-reader", FundingCard.Build(View(empty, false)));
        yield return ("funding-empty-admin", FundingCard.Build(View(empty, true)));
        yield return ("funding-called-admin", FundingCard.Build(View(called, true) with { Notice = FundingTexts.Saved(l) }));
        yield return ("funding-reduced-validated", FundingCard.Build(View(reduced, true, BilanSamples.AllValidated())));
        yield return ("funding-suspended-reader", FundingCard.Build(View(suspended, false)));
        yield return ("funding-errors", FundingCard.Build(View(called, true) with { Values = typed, Errors = [FundingTexts.InvalidAmount(l, "25000", 20000), FundingTexts.ReasonRequired(l)] }));
        yield return ("funding-conflict", FundingCard.Build(View(called, true) with { Values = typed, Conflict = true }));
        yield return ("funding-call-reminder", FundingNotificationCards.Call(convention, new FundingYear(called, BilanSamples.Year()), new DateOnly(2023, 3, 31), l));
        yield return ("funding-payment-reminder", FundingNotificationCards.Payment(convention, called, new DateOnly(2023, 5, 9), l));
    }

    /// <summary>
    /// The dossier's files in the worst case: every item with three versions of the longest names, the newest rejected,
    /// links as long as signed ones; <see cref="AdaptiveCardJson.Serialize(AdaptiveCard, int)"/> refuses a card over Teams' cap.
    /// </summary>
    private static IEnumerable<(string, AdaptiveCard)> DossierCards(Language l)
    {
        var convention = BilanSamples.Convention;
        var terms = convention.Contribution!;
        var record = FundingRecord.New(convention.Id, 2023) with { DocumentsReceived = [.. terms.Documents.Select(d => d.Id)], ETag = "W/\"e\"" };
        var files = terms.Documents.SelectMany(d => Enumerable.Range(1, 3).Select(v => new DossierFile(
            convention.Id, 2023, d.Id, $"20230{v}10T101010000-{d.Id}", new string('n', 196) + ".pdf", 19_000_000, "application/pdf", "Alice Hlm", "bbbbbbbb", BilanSamples.Now, "W/\"f\"")
        {
            Rejection = v == 3 ? new DossierRejection(new string('r', 500), "Claire Métropole", "aaaaaaaa", BilanSamples.Now) : null,
        })).ToList();
        // As long as signed links: Data Protection payloads of about 200 (upload) and 110 (download) characters.
        var upload = new Uri("https://conventionbot.azurewebsites.net/dossiers/amp-arhlm-2022-2024/2023/rapport-comptes-n-1/depot?t=" + new string('t', 400));
        var download = new Uri("https://conventionbot.azurewebsites.net/dossiers/amp-arhlm-2022-2024/2023/rapport-comptes-n-1/fichiers/20230110T101010000-abcdef01?t=" + new string('t', 260));
        var dossier = new DossierView(files, terms.Documents.ToDictionary(d => d.Id, _ => upload), files.ToDictionary(f => f.UploadId, _ => download), BilanSamples.Now);
        FundingView View(bool admin) => new(
            convention, terms, new FundingYear(record, BilanSamples.Year()), new FundingOptions(), FundingForm.ValuesOf(record), new DateOnly(2026, 11, 20), admin, l)
        {
            Dossier = dossier,
        };
        yield return ("dossier-admin", FundingCard.Build(View(admin: true)));
        yield return ("dossier-reader", FundingCard.Build(View(admin: false)));
        yield return ("dossier-rejected", DossierRejectionRenderer.Card(convention, terms.Documents[0], files[2], files[2].Rejection!, l));
    }
}
