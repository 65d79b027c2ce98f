using ConventionBot.Bilans;
using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Exports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ConventionBot.Tests.Bilans;

public sealed class BilanCardsTests
{
    [Fact]
    public async Task EveryBilanCard_BothLanguagesEveryStateAndError_PassesTheOfficialParser()
    {
        // Arrange
        var cards = new Dictionary<string, string>();
        foreach (var language in Enum.GetValues<Language>())
        {
            foreach (var (name, card) in CampaignCards(language).Concat(FormCards(language)).Concat(NotificationCards(language)))
            {
                cards[$"{name}-{language}"] = AdaptiveCardJson.Serialize(card);
            }
        }

        // Act
        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        // Assert
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Equal(2 * 21, cards.Count);
    }

    private static IEnumerable<(string, AdaptiveCard)> CampaignCards(Language l)
    {
        var convention = BilanSamples.Convention;
        var today = DateOnly.FromDateTime(BilanSamples.Now.Date);
        var closed = new BilanYear(2023, null, [.. Enumerable.Range(1, 7).Select(ChantierBilan.NotStarted)]);
        yield return ("campaign-not-opened-admin", CampaignCard.Build(new CampaignView(convention, closed, today, true, l)));
        yield return ("campaign-not-opened-reader", CampaignCard.Build(new CampaignView(convention, closed, today, false, l)));
        yield return ("campaign-open-errors", CampaignCard.Build(new CampaignView(convention, closed, today, true, l)
        {
            DeadlineTyped = "2020-01-01",
            Errors = [BilanTexts.DeadlinePast(l, today)],
        }));
        yield return ("campaign-admin", CampaignCard.Build(new CampaignView(convention, BilanSamples.Year(), today, true, l) { Notice = BilanTexts.Opened(l, convention.Levels.Item) }));
        yield return ("campaign-reader", CampaignCard.Build(new CampaignView(convention, BilanSamples.Year(), today, false, l)));
        yield return ("campaign-stale", CampaignCard.Build(new CampaignView(convention, BilanSamples.Year(), today, true, l)
        {
            DeadlineTyped = "2027-03-01",
            Errors = [BilanTexts.CampaignChanged(l)],
        }));
        var links = new ExportLinks(
            DataProtectionProvider.Create("tests"), Options.Create(new ExportsOptions()),
            Options.Create(new PublicUrlOptions { PublicBaseUrl = PublicUrlOptions.DevelopmentDefault }), TimeProvider.System);
        yield return ("export", new BilanExportCard(links).Build(convention, 2023, l));
    }

    private static IEnumerable<(string, AdaptiveCard)> FormCards(Language l)
    {
        var convention = BilanSamples.Convention;
        ChantierFormView View(int chantier, BilanStatus status, bool admin, string? comment = null)
        {
            var bilan = BilanSamples.InStatus(chantier, status, comment);
            return new ChantierFormView(convention, 2023, convention.FindChantier(chantier)!, bilan, BilanForm.ValuesOf(bilan.Content, convention.FindChantier(chantier)!), BilanSamples.History(chantier), admin, l);
        }
        var typed = BilanForm.ValuesOf(BilanSamples.Filled, convention.FindChantier(2)!);
        typed["figure-meetings"] = "-3";
        typed["modalities"] = "1,9";
        typed["reviewComment"] = "";
        yield return ("form-new", FormCard(View(1, BilanStatus.NotStarted, false) with { History = [] }));
        yield return ("form-draft-saved", FormCard(View(2, BilanStatus.Draft, false) with { Notice = BilanFormTexts.Saved(l) }));
        yield return ("form-errors", FormCard(View(2, BilanStatus.Draft, false) with
        {
            Values = typed,
            Errors = [BilanFormTexts.Negative(l, "Réunions tenues", "-3"), BilanFormTexts.UnknownModality(l, "9")],
        }));
        yield return ("form-conflict", FormCard(View(2, BilanStatus.Draft, false) with { Values = typed, Conflict = true }));
        yield return ("form-conflict-validated", FormCard(View(5, BilanStatus.Validated, false) with { Values = typed, Conflict = true }));
        yield return ("form-changes-requested", FormCard(View(4, BilanStatus.ChangesRequested, false, "Ajoutez les chiffres.")));
        yield return ("form-submitted-admin", FormCard(View(3, BilanStatus.Submitted, true)));
        yield return ("form-review-error", FormCard(View(3, BilanStatus.Submitted, true) with { Errors = [BilanFormTexts.CommentRequired(l)] }));
        yield return ("form-validated-admin", FormCard(View(5, BilanStatus.Validated, true)));
        yield return ("form-validated-reader", FormCard(View(6, BilanStatus.Validated, false)));
    }

    private static IEnumerable<(string, AdaptiveCard)> NotificationCards(Language l)
    {
        var convention = BilanSamples.Convention;
        var year = BilanSamples.Year();
        yield return ("reminder", BilanNotificationCards.Reminder(convention, BilanSamples.Campaign, [.. year.Chantiers.Where(c => !c.IsHandedIn)], new DateOnly(2027, 1, 22), l));
        yield return ("escalation", BilanNotificationCards.Escalation(convention, BilanSamples.Campaign, year, l));
        yield return ("review-validated", BilanNotificationCards.Review(convention, 2023, BilanSamples.History(4)[1] with { Event = BilanEvent.Validated }, l));
        yield return ("review-changes", BilanNotificationCards.Review(convention, 2023, BilanSamples.History(4)[2], l));
    }

    private static AdaptiveCard FormCard(ChantierFormView view) => ChantierFormCard.Build(view);
}
