using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>A year's bilan campaign: its deadline and the seven chantiers' status, or the form to open it.</summary>
internal static class CampaignCard
{
    public static AdaptiveCard Build(CampaignView view)
    {
        var l = view.Language;
        var year = view.Year.Year;
        var yearData = YearCardData.For(view.Convention.Id, year);
        var body = new List<AdaptiveElement> { CardParts.Title(BilanTexts.CampaignTitle(l, year)), CardParts.Subtle(view.Convention.Title) };
        body.AddRange(CardParts.Notice(view.Notice));
        body.AddRange(CardParts.Problems(l.Pick("Rien n’a été modifié :", "Nothing was changed:"), view.Errors));
        if (view.Year.Campaign is not { } campaign)
        {
            return NotOpened(view, body);
        }
        body.Add(new AdaptiveFactSet
        {
            Facts =
            [
                new AdaptiveFact { Title = BilanTexts.Deadline(l), Value = BilanTexts.DeadlineValue(l, campaign.Deadline, view.Today) },
                new AdaptiveFact { Title = BilanTexts.OpenedBy(l), Value = CardTexts.Touched(l, campaign.OpenedBy, campaign.OpenedAt) },
                new AdaptiveFact { Title = BilanTexts.Progress(l), Value = BilanLabels.ProgressValue(l, view.Year) },
            ],
        });
        body.AddRange(view.Year.Chantiers.Count <= CompactAbove ? view.Year.Chantiers.Select(c => ChantierRow(view, c)) : Compact(view));
        if (view.IsAdmin)
        {
            body.Add(DeadlineInput(view, BilanTexts.ChangeDeadline(l), campaign.Deadline));
            var deadlineData = YearCardData.For(view.Convention.Id, year, etag: campaign.ETag);
            body.Add(new AdaptiveActionSet { Actions = [CardParts.Button(BilanTexts.ChangeDeadline(l), BilanVerbs.Deadline, deadlineData)] });
        }
        return CardParts.Card(
            body,
            [CardParts.Open(BilanTexts.Consolidated(l), BilanVerbs.Export, yearData), CardParts.Navigate(CardTexts.Refresh(l), BilanVerbs.Campaign, yearData)],
            BilanTexts.CampaignTitle(l, year));
    }

    private static AdaptiveCard NotOpened(CampaignView view, List<AdaptiveElement> body)
    {
        var (l, year) = (view.Language, view.Year.Year);
        body.Add(CardParts.Text(BilanTexts.NotOpened(l, year)));
        body.Add(view.IsAdmin ? DeadlineInput(view, BilanTexts.DeadlineLabel(l), null) : CardParts.Text(BilanTexts.AskAdminToOpen(l)));
        AdaptiveAction[] open = view.IsAdmin
            ? [CardParts.Button(BilanTexts.Open(l), BilanVerbs.Open, YearCardData.For(view.Convention.Id, year), AdaptiveActionStyle.Positive)]
            : [];
        return CardParts.Card(body, open, BilanTexts.NotOpened(l, year));
    }

    /// <summary>Beyond this many items (a PLH's 60 actions), a row and a button each would outgrow Teams' card cap.</summary>
    public const int CompactAbove = 20;

    /// <summary>
    /// Dozens of items: their status in one line each, grouped under their group's heading, and one list to pick the
    /// item to open (a row with a button each takes about 1.5 KB).
    /// </summary>
    private static IEnumerable<AdaptiveElement> Compact(CampaignView view)
    {
        var (l, convention) = (view.Language, view.Convention);
        foreach (var axis in convention.Axes)
        {
            var lines = view.Year.Chantiers
                .Where(b => convention.FindChantier(b.Chantier)?.AxisNumber == axis.Number)
                // A bullet each; "10. " would open a numbered list inside it (two markers): the number's space is no-break.
                .Select(b => $"- {b.Chantier}.\u00a0{convention.FindChantier(b.Chantier)!.ShortTitle} — **{BilanLabels.Status(l, b.Status)}**"
                    + string.Concat(DelayView.StateLines(convention, view.Year, b.Chantier, l).Select(d => " · " + d)))
                .ToList();
            if (lines.Count > 0)
            {
                yield return new AdaptiveTextBlock { Text = $"**{convention.AxisName(axis, l)}** · {axis.Title}", Wrap = true, Spacing = AdaptiveSpacing.Medium };
                yield return new AdaptiveTextBlock { Text = string.Join("\r", lines), Wrap = true, Spacing = AdaptiveSpacing.Small };
            }
        }
        var item = convention.Levels.Item;
        yield return new AdaptiveChoiceSetInput
        {
            Id = YearCardData.Chantier,
            Label = l.Pick($"{item.Title(l)} à ouvrir", $"{item.Title(l)} to open"),
            IsRequired = true,
            ErrorMessage = l.Pick($"Choisissez {item.A(l)}.", $"Pick {item.A(l)}."),
            Choices = [.. convention.Chantiers.Select(c => new AdaptiveChoice { Title = $"{c.Number}. {c.ShortTitle}", Value = c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) })],
        };
        // Unlike the other buttons, this one sends its input: the item picked.
        yield return new AdaptiveActionSet
        {
            Actions =
            [
                new AdaptiveExecuteAction
                {
                    Title = l.Pick("Ouvrir", "Open"),
                    Verb = BilanVerbs.Form,
                    Data = CardData.OpeningNewCard(YearCardData.For(convention.Id, view.Year.Year)),
                    AssociatedInputs = AdaptiveAssociatedInputs.Auto,
                },
            ],
        };
    }

    private static AdaptiveColumnSet ChantierRow(CampaignView view, ChantierBilan bilan)
    {
        var l = view.Language;
        var chantier = view.Convention.FindChantier(bilan.Chantier)!;
        var touched = CardTexts.Touched(l, bilan.LastBy, bilan.LastAt);
        var status = "**" + BilanLabels.Status(l, bilan.Status) + "**" + (touched.Length == 0 ? "" : " · " + touched);
        return new AdaptiveColumnSet
        {
            Separator = true,
            Columns =
            [
                new AdaptiveColumn { Items = [CardParts.Text($"{chantier.Number}. {chantier.ShortTitle}"), CardParts.Subtle(status), .. DelayState(view, bilan.Chantier)] },
                new AdaptiveColumn
                {
                    Width = AdaptiveColumnWidth.Auto,
                    Items = [new AdaptiveActionSet { Actions = [CardParts.Open(BilanTexts.OpenChantier(l, view.Convention, chantier.Number), BilanVerbs.Form, YearCardData.For(view.Convention.Id, view.Year.Year, chantier.Number))] }],
                },
            ],
        };
    }

    // The chantier's extension or waiting request, and for admins the button to answer it.
    private static List<AdaptiveElement> DelayState(CampaignView view, int chantier)
    {
        var lines = DelayView.StateLines(view.Convention, view.Year, chantier, view.Language).Select(CardParts.Subtle).ToList<AdaptiveElement>();
        if (view.IsAdmin && view.Year.DelayOf(chantier)?.Status == BilanDelayStatus.Pending)
        {
            var data = YearCardData.For(view.Convention.Id, view.Year.Year, chantier);
            lines.Add(new AdaptiveActionSet { Actions = [CardParts.Open(DelayTexts.Examine(view.Language), BilanVerbs.DelayReview, data)] });
        }
        return lines;
    }

    private static AdaptiveDateInput DeadlineInput(CampaignView view, string label, DateOnly? stored) => new()
    {
        Id = BilanCampaignForm.Deadline,
        Label = label,
        Min = view.Today,
        Value = DateText.ParseInput(view.DeadlineTyped) ?? stored,
    };
}
