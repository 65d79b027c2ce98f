using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>The proactive bilan messages: reminder, escalation, review result.</summary>
internal static class BilanNotificationCards
{
    public static AdaptiveCard Reminder(ConventionDefinition convention, BilanCampaign campaign, IReadOnlyList<ChantierBilan> owed, DateOnly today, Language l)
    {
        var days = campaign.Deadline.DayNumber - today.DayNumber;
        var title = days > 0
            ? l.Pick($"Rappel : bilan {campaign.Year} à rendre (J-{days})", $"Reminder: {campaign.Year} bilan due (D-{days})")
            : l.Pick($"Bilan {campaign.Year} en retard : date limite dépassée de {NumberText.Count(-days, l, "jour", "jours")} (J+{-days})",
                $"{campaign.Year} bilan overdue: deadline passed {NumberText.Count(-days, l, "day", "days")} ago (D+{-days})");
        return CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Subtle(convention.ShortTitle),
                CardParts.Text(days > 0
                    ? l.Pick(
                        $"Date limite : **{DateText.Day(campaign.Deadline, l)}**. {convention.Levels.Item.Titles(l)} encore {convention.Levels.Item.Agree("attendus", "attendues")} de votre part :",
                        $"Deadline: **{DateText.Day(campaign.Deadline, l)}**. {convention.Levels.Item.Titles(l)} still expected from you:")
                    : l.Pick(
                        $"La date limite était le **{DateText.Day(campaign.Deadline, l)}**. {convention.Levels.Item.Titles(l)} encore {convention.Levels.Item.Agree("attendus", "attendues")} de votre part, à soumettre au plus vite :",
                        $"The deadline was **{DateText.Day(campaign.Deadline, l)}**. {convention.Levels.Item.Titles(l)} still expected from you, to submit as soon as possible:")),
                .. owed.Select(b => Line(convention, b, l)),
            ],
            [CampaignButton(campaign, l)],
            title);
    }

    public static AdaptiveCard Escalation(ConventionDefinition convention, BilanCampaign campaign, BilanYear year, Language l)
    {
        var title = l.Pick($"Bilan {campaign.Year} : date limite dépassée", $"{campaign.Year} bilan: deadline passed");
        var missing = year.Chantiers.Where(c => !c.IsHandedIn).ToList();
        var awaiting = year.Chantiers.Where(c => c.Status == BilanStatus.Submitted).ToList();
        var body = new List<AdaptiveElement>
        {
            CardParts.Title(title),
            CardParts.Subtle(convention.ShortTitle),
            CardParts.Text(l.Pick(
                $"La date limite du {DateText.Day(campaign.Deadline, l)} est passée.", $"The deadline of {DateText.Day(campaign.Deadline, l)} has passed.")),
        };
        if (missing.Count > 0)
        {
            body.Add(CardParts.Heading(l.Pick($"Pas encore soumis ({missing.Count})", $"Not submitted yet ({missing.Count})")));
            body.AddRange(missing.Select(b => Line(convention, b, l)));
        }
        if (awaiting.Count > 0)
        {
            body.Add(CardParts.Heading(l.Pick($"Soumis, en attente de validation ({awaiting.Count})", $"Submitted, awaiting validation ({awaiting.Count})")));
            body.AddRange(awaiting.Select(b => Line(convention, b, l)));
        }
        return CardParts.Card(body, [CampaignButton(campaign, l)], title);
    }

    public static AdaptiveCard Review(ConventionDefinition convention, int year, BilanVersion version, Language l)
    {
        var chantier = convention.FindChantier(version.Chantier)!;
        var name = $"{chantier.Number}. {chantier.ShortTitle}";
        var item = convention.Levels.Item;
        var title = version.Event == BilanEvent.Validated
            ? l.Pick($"Bilan {year} : {item.Singular} {name} {item.Agree("validé", "validée")}", $"{year} bilan: {item.English} {name} validated")
            : l.Pick($"Bilan {year} : modifications demandées sur {item.The(l)} {name}", $"{year} bilan: changes requested on {item.English} {name}");
        var at = DateText.Moment(version.At, l);
        var body = new List<AdaptiveElement>
        {
            CardParts.Title(title),
            CardParts.Subtle(convention.ShortTitle),
            CardParts.Text(version.Event == BilanEvent.Validated
                ? l.Pick($"{convention.Levels.Item.Agree("Validé", "Validée")} par {version.By}, le {at}.", $"Validated by {version.By}, {at}.")
                : l.Pick($"Modifications demandées par {version.By}, le {at}.", $"Changes requested by {version.By}, {at}.")),
        };
        if (version.Comment is { } comment)
        {
            body.Add(CardParts.Text($"{ReviewerTexts.Comment(convention, l)}{l.Pick(" : ", ": ")}{l.Pick($"« {comment} »", $"“{comment}”")}"));
        }
        return CardParts.Card(
            body,
            [CardParts.Open(l.Pick($"Ouvrir {convention.Levels.Item.The(l)}", $"Open the {convention.Levels.Item.English}"), BilanVerbs.Form, YearCardData.For(convention.Id, year, version.Chantier))],
            title);
    }

    private static AdaptiveTextBlock Line(ConventionDefinition convention, ChantierBilan bilan, Language l)
    {
        var chantier = convention.FindChantier(bilan.Chantier)!;
        var touched = CardTexts.Touched(l, bilan.LastBy, bilan.LastAt);
        return CardParts.Text($"• {chantier.Number}. {chantier.ShortTitle} — {BilanLabels.Status(l, bilan.Status)}{(touched.Length == 0 ? "" : " (" + touched + ")")}");
    }

    private static AdaptiveExecuteAction CampaignButton(BilanCampaign campaign, Language l) =>
        CardParts.Open(l.Pick("Ouvrir la campagne", "Open the campaign"), BilanVerbs.Campaign, YearCardData.For(campaign.ConventionId, campaign.Year));
}
