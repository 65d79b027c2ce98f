using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>One chantier's bilan card: the form while it can be edited, the text once validated, and the Métropole's review.</summary>
internal static class ChantierFormCard
{
    public static AdaptiveCard Build(ChantierFormView view)
    {
        var (l, bilan) = (view.Language, view.Bilan);
        var data = YearCardData.For(view.Convention.Id, view.Year, view.Chantier.Number, bilan.ETag ?? "");
        var editable = bilan.Status != BilanStatus.Validated;
        var body = new List<AdaptiveElement>
        {
            CardParts.Title(BilanTexts.ChantierTitle(l, view.Year, view.Convention, view.Chantier)),
            CardParts.Subtle(view.Chantier.ShortTitle),
            CardParts.Text(StatusLine(bilan, l)),
        };
        body.AddRange(view.DelayLines.Select(line => CardParts.Text(line)));
        body.AddRange(Banners(view, editable));
        body.AddRange(editable
            ? ChantierFormInputs.Elements(view)
            : [CardParts.Text(BilanFormTexts.ValidatedLocked(l, view.Convention.Levels.Item)), .. BilanContentView.Elements(bilan.Content, view.Convention, view.Chantier, l)]);
        if (view.IsAdmin && bilan.Status is BilanStatus.Submitted or BilanStatus.Validated)
        {
            body.AddRange(Review(view, data));
        }
        body.AddRange(view.Conflict ? [] : ChantierReviewParts.History(view.History, l));
        // Buttons follow the state: a draft is saved or submitted; a submitted chantier can only be corrected as
        // submitted (saving it as a draft would silently withdraw it) while the Métropole reviews it; a validated one is locked.
        AdaptiveAction[] edit = bilan.Status switch
        {
            BilanStatus.Validated => [],
            BilanStatus.Submitted => [CardParts.Button(BilanFormTexts.UpdateSubmitted(l), BilanVerbs.Submit, data)],
            _ => [CardParts.Button(BilanFormTexts.SaveDraft(l), BilanVerbs.Save, data), CardParts.Button(ReviewerTexts.Submit(view.Convention, l), BilanVerbs.Submit, data, AdaptiveActionStyle.Positive)],
        };
        return CardParts.Card(
            body,
            [.. edit, .. DelayButton(view, data), CardParts.Open(BilanLabels.BackToCampaign(l), BilanVerbs.Campaign, YearCardData.For(view.Convention.Id, view.Year))],
            BilanTexts.ChantierTitle(l, view.Year, view.Convention, view.Chantier));
    }

    private static AdaptiveAction[] DelayButton(ChantierFormView view, System.Text.Json.Nodes.JsonObject data) =>
        view.CanAskDelay ? [CardParts.Navigate(DelayTexts.Ask(view.Language), BilanVerbs.DelayForm, data)] : [];

    /// <summary>What happened: confirmation, problems, a lost race with the latest version, the Métropole's request.</summary>
    private static IEnumerable<AdaptiveElement> Banners(ChantierFormView view, bool editable)
    {
        var (l, bilan) = (view.Language, view.Bilan);
        foreach (var element in CardParts.Notice(view.Notice).Concat(CardParts.Problems(BilanFormTexts.NotSaved(l), view.Errors)))
        {
            yield return element;
        }
        if (view.Conflict)
        {
            yield return CardParts.Warning([
                CardParts.Text(BilanFormTexts.Conflict(l, view.Convention.Levels.Item, bilan.LastBy, bilan.LastAt is { } at ? DateText.Moment(at, l) : null)),
                new AdaptiveTextBlock { Text = BilanFormTexts.LatestVersion(l), Weight = AdaptiveTextWeight.Bolder },
                .. BilanContentView.Elements(bilan.Content, view.Convention, view.Chantier, l),
            ]);
        }
        if (view.Conflict && !editable)
        {
            yield return CardParts.Warning(Unsaved(view));
        }
        if (bilan.Status == BilanStatus.Submitted && view.Notice is null) // the submit's own notice already says it
        {
            yield return CardParts.Text(ReviewerTexts.AwaitingReview(view.Convention, l));
        }
        if (ChantierReviewParts.Comment(bilan, l) is { } review)
        {
            yield return review;
        }
    }

    // A validated chantier has no form to keep the user's text in: show it, so they can copy it elsewhere.
    private static IEnumerable<AdaptiveElement> Unsaved(ChantierFormView view)
    {
        var l = view.Language;
        yield return new AdaptiveTextBlock { Text = l.Pick("Ce que vous aviez saisi (non enregistré)", "What you typed (not saved)"), Weight = AdaptiveTextWeight.Bolder };
        foreach (var id in new[] { BilanForm.Actions, BilanForm.Difficulties, BilanForm.Outlook, BilanForm.ReviewComment })
        {
            if (view.Values.GetValueOrDefault(id) is { Length: > 0 } text)
            {
                yield return CardParts.Text(BilanForm.Label(id, view.Convention, l) + l.Pick(" : ", ": ") + text);
            }
        }
    }

    private static string StatusLine(ChantierBilan bilan, Language l)
    {
        var touched = CardTexts.Touched(l, bilan.LastBy, bilan.LastAt);
        var status = l.Pick("Statut : ", "Status: ") + "**" + BilanLabels.Status(l, bilan.Status) + "**";
        return touched.Length == 0 ? status : status + l.Pick(" — dernière modification : ", " — last change: ") + touched;
    }

    private static IEnumerable<AdaptiveElement> Review(ChantierFormView view, System.Text.Json.Nodes.JsonObject data)
    {
        var l = view.Language;
        yield return CardParts.Heading(ReviewerTexts.ReviewTitle(view.Convention, l));
        yield return new AdaptiveTextInput
        {
            Id = BilanForm.ReviewComment,
            Label = ReviewerTexts.Comment(view.Convention, l),
            IsMultiline = true,
            MaxLength = BilanForm.TextMaxLength,
            Value = view.Values.GetValueOrDefault(BilanForm.ReviewComment),
        };
        var buttons = new List<AdaptiveAction>();
        if (view.Bilan.Status == BilanStatus.Submitted)
        {
            buttons.Add(CardParts.Button(BilanFormTexts.Validate(l), BilanVerbs.Validate, data, AdaptiveActionStyle.Positive));
        }
        buttons.Add(CardParts.Button(BilanFormTexts.RequestChanges(l), BilanVerbs.RequestChanges, data, AdaptiveActionStyle.Destructive));
        yield return new AdaptiveActionSet { Actions = buttons };
    }
}
