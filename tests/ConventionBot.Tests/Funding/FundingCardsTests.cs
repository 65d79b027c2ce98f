using ConventionBot.Bilans;
using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Funding;
using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Funding;

public sealed class FundingCardsTests
{
    [Fact]
    public async Task EveryContributionCard_BothLanguagesEveryStateAndError_PassesTheOfficialParser()
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
        Assert.Equal(2 * 9, cards.Count);
    }

    private static IEnumerable<(string, AdaptiveCard)> Cards(Language l)
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
}
