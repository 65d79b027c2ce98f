using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Funding;

/// <summary>The proactive contribution messages: to the AR Hlm (call or dossier missing), to the Métropole (payment overdue).</summary>
internal static class FundingNotificationCards
{
    public static AdaptiveCard Call(ConventionDefinition convention, FundingYear year, DateOnly due, Language l)
    {
        var record = year.Record;
        var title = l.Pick($"Contribution {record.Year} : appel de fonds à compléter", $"{record.Year} contribution: call for funds to complete");
        var missing = FundingChecklist.Items(convention.Contribution!, record, year.Bilan).Where(i => !i.Received)
            .Select(i => CardParts.Text(FundingTexts.DocumentState(l, i.Document.Label, received: false) + (i.IsAutomatic ? " — " + FundingTexts.BilanDocument(l, year.Bilan) : "")));
        return CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Text(l.Pick(
                    $"L’appel de fonds annuel de {FundingTexts.Euros(convention.Contribution!.AnnualAmount, l)} est attendu au plus tard le {DateText.Day(due, l)}, avec son dossier (article 3).",
                    $"The yearly call for funds of {FundingTexts.Euros(convention.Contribution!.AnnualAmount, l)} is due by {DateText.Day(due, l)}, with its dossier (article 3).")),
                .. record.CallSentOn is null ? [CardParts.Text(l.Pick("L’appel de fonds lui-même n’est pas encore enregistré.", "The call for funds itself is not recorded yet."))] : Array.Empty<AdaptiveElement>(),
                .. missing,
            ],
            [Open(convention, record.Year, l)],
            title);
    }

    public static AdaptiveCard Payment(ConventionDefinition convention, FundingRecord record, DateOnly due, Language l)
    {
        var title = l.Pick($"Contribution {record.Year} : versement en retard", $"{record.Year} contribution: payment overdue");
        return CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Text(l.Pick(
                    $"L’appel de fonds a été reçu le {DateText.Day(record.CallSentOn!.Value, l)} ; le versement de {FundingTexts.Euros(record.AmountDue(convention.Contribution!), l)} était attendu au plus tard le {DateText.Day(due, l)} et n’est pas enregistré.",
                    $"The call for funds was received on {DateText.Day(record.CallSentOn!.Value, l)}; the payment of {FundingTexts.Euros(record.AmountDue(convention.Contribution!), l)} was due by {DateText.Day(due, l)} and is not recorded.")),
            ],
            [Open(convention, record.Year, l)],
            title);
    }

    private static AdaptiveExecuteAction Open(ConventionDefinition convention, int year, Language l) =>
        CardParts.Open(l.Pick("Ouvrir le suivi de la contribution", "Open the contribution follow-up"), FundingCard.ShowVerb, FundingCard.Data(convention.Id, year));
}
