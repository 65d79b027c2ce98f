using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;

namespace ConventionBot.Bilans;

/// <summary>The delay cards: the contributor's request form, the request as admins decide it, the answer the contributor gets.</summary>
internal static class DelayCards
{
    public static AdaptiveCard Form(DelayView view)
    {
        var l = view.Language;
        var data = YearCardData.For(view.Convention.Id, view.Year.Year, view.Chantier.Number);
        var title = DelayTexts.Title(l) + " — " + BilanTexts.ChantierTitle(l, view.Year.Year, view.Convention, view.Chantier);
        var body = new List<AdaptiveElement> { CardParts.Title(title), CardParts.Subtle(view.Chantier.ShortTitle) };
        body.AddRange(CardParts.Problems(DelayTexts.NotSent(l), [.. view.Errors.Values]));
        body.Add(CardParts.Text(DelayTexts.CurrentDeadline(l) + l.Pick(" : ", ": ") + "**" + DateText.Day(view.Deadline, l) + "**"));
        CardParts.AddInput(body, view.Errors, DateInput(view, DelayTexts.Wished(l), DateText.ParseInput(view.Typed.GetValueOrDefault(DelayForm.Date))));
        CardParts.AddInput(body, view.Errors, new AdaptiveTextInput
        {
            Id = DelayForm.Reason,
            Label = DelayTexts.Reason(l),
            IsMultiline = true,
            MaxLength = DelayForm.TextMaxLength,
            IsRequired = true,
            ErrorMessage = DelayTexts.ReasonMissing(l),
            Value = view.Typed.GetValueOrDefault(DelayForm.Reason),
        });
        return CardParts.Card(
            body,
            [CardParts.Button(DelayTexts.Send(l), BilanVerbs.DelayAsk, data, AdaptiveActionStyle.Positive), CardParts.Navigate(DelayTexts.BackToChantier(l, view.Convention.Levels.Item), BilanVerbs.Form, data)],
            title);
    }

    /// <summary>The request as the admins see it: its facts, then the decision's inputs while it waits, or who decided.</summary>
    public static AdaptiveCard Request(DelayView view)
    {
        var (l, delay) = (view.Language, view.Delay!);
        var title = DelayTexts.Title(l) + " — " + BilanTexts.ChantierTitle(l, view.Year.Year, view.Convention, view.Chantier);
        var body = new List<AdaptiveElement> { CardParts.Title(title) };
        body.AddRange(CardParts.Notice(view.Notice));
        body.AddRange(CardParts.Problems(DelayTexts.NotSent(l), [.. view.Errors.Values]));
        body.Add(new AdaptiveFactSet
        {
            Facts =
            [
                new AdaptiveFact { Title = view.Convention.Levels.Item.Title(l), Value = $"{view.Chantier.Number}. {view.Chantier.ShortTitle}" },
                new AdaptiveFact { Title = l.Pick("Année", "Year"), Value = view.Year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new AdaptiveFact { Title = DelayTexts.CurrentDeadline(l), Value = DateText.Day(view.Deadline, l) },
                new AdaptiveFact { Title = DelayTexts.Wished(l), Value = DateText.Day(delay.Wished, l) },
                new AdaptiveFact { Title = DelayTexts.Reason(l), Value = delay.Reason },
                new AdaptiveFact { Title = DelayTexts.AskedBy(l), Value = CardTexts.Touched(l, delay.AskedBy, delay.AskedAt) },
            ],
        });
        body.AddRange(DelayView.StateLines(view.Convention, view.Year, view.Chantier.Number, l).Select(t => CardParts.Text(t)));
        if (delay.Status == BilanDelayStatus.Pending)
        {
            body.AddRange(Decision(view, delay));
        }
        return CardParts.Card(body, [CardParts.Open(BilanLabels.BackToCampaign(l), BilanVerbs.Campaign, YearCardData.For(view.Convention.Id, view.Year.Year))], title);
    }

    /// <summary>The answer the contributor gets where they asked.</summary>
    public static AdaptiveCard Answer(DelayView view)
    {
        var (l, delay) = (view.Language, view.Delay!);
        var title = DelayTexts.AnswerTitle(l, delay.Status) + " — " + BilanTexts.ChantierTitle(l, view.Year.Year, view.Convention, view.Chantier);
        var body = new List<AdaptiveElement>
        {
            CardParts.Title(title),
            CardParts.Subtle(view.Chantier.ShortTitle),
            CardParts.Text(delay.Status == BilanDelayStatus.Granted ? DelayTexts.Extended(l, delay) : DelayTexts.Kept(l, view.Deadline)),
        };
        if (delay.Comment is { } comment)
        {
            body.Add(CardParts.Text(DelayTexts.CommentOf(l, delay.DecidedBy ?? "", comment)));
        }
        var data = YearCardData.For(view.Convention.Id, view.Year.Year, view.Chantier.Number);
        return CardParts.Card(body, [CardParts.Open(BilanTexts.OpenChantier(l, view.Convention, view.Chantier.Number), BilanVerbs.Form, data)], title);
    }

    private static List<AdaptiveElement> Decision(DelayView view, BilanDelay delay)
    {
        var l = view.Language;
        var data = YearCardData.For(view.Convention.Id, view.Year.Year, view.Chantier.Number, delay.ETag);
        var typed = DateText.ParseInput(view.Typed.GetValueOrDefault(DelayForm.Date));
        var elements = new List<AdaptiveElement>();
        CardParts.AddInput(elements, view.Errors, DateInput(view, DelayTexts.GrantedDate(l), typed ?? delay.Wished));
        CardParts.AddInput(elements, view.Errors, new AdaptiveTextInput
        {
            Id = DelayForm.Comment,
            Label = DelayTexts.Comment(l),
            IsMultiline = true,
            MaxLength = DelayForm.TextMaxLength,
            Value = view.Typed.GetValueOrDefault(DelayForm.Comment),
        });
        elements.Add(new AdaptiveActionSet
        {
            Actions =
            [
                CardParts.Button(DelayTexts.Grant(l), BilanVerbs.DelayGrant, data, AdaptiveActionStyle.Positive),
                CardParts.Button(DelayTexts.Refuse(l), BilanVerbs.DelayRefuse, data, AdaptiveActionStyle.Destructive),
            ],
        });
        return elements;
    }

    private static AdaptiveDateInput DateInput(DelayView view, string label, DateOnly? value) => new()
    {
        Id = DelayForm.Date,
        Label = label,
        IsRequired = true,
        ErrorMessage = DelayTexts.DateMissing(view.Language),
        Min = view.Deadline.AddDays(1),
        Max = DelayForm.Latest(view.Deadline),
        Value = value,
    };
}
