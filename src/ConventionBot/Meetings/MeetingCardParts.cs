using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>Pieces every meeting card shares: the title line, the facts, the answer buttons, banners.</summary>
internal static class MeetingCardParts
{
    public const string AnswerKey = "answer";
    public const string ViewKey = "view";

    public static string Name(Meeting meeting, Language language) => meeting.Instance.DisplayName(language);

    public static AdaptiveTextBlock Title(string text) =>
        new() { Text = text, Size = AdaptiveTextSize.Large, Weight = AdaptiveTextWeight.Bolder, Wrap = true };

    public static AdaptiveTextBlock Heading(string text) =>
        new() { Text = text, Weight = AdaptiveTextWeight.Bolder, Wrap = true, Spacing = AdaptiveSpacing.Medium };

    public static AdaptiveTextBlock Banner(string text, AdaptiveTextColor color) =>
        new() { Text = text, Color = color, Wrap = true, Weight = AdaptiveTextWeight.Bolder };

    /// <summary>The message under an input that was refused.</summary>
    public static AdaptiveTextBlock FieldError(string message) =>
        new() { Text = message, Color = AdaptiveTextColor.Attention, Wrap = true, Spacing = AdaptiveSpacing.Small };

    /// <summary>Adds the input, followed by its error message when it has one.</summary>
    public static void AddInput(List<AdaptiveElement> elements, IReadOnlyDictionary<string, string> errors, AdaptiveInput input)
    {
        elements.Add(input);
        if (errors.TryGetValue(input.Id!, out var message))
        {
            elements.Add(FieldError(message));
        }
    }

    public static AdaptiveTextBlock Line(string text, bool subtle = false) => new() { Text = text, Wrap = true, IsSubtle = subtle };

    public static AdaptiveFactSet Facts(Meeting meeting, ConventionDefinition convention, Language language)
    {
        var facts = new List<AdaptiveFact>
        {
            new() { Title = MeetingTexts.When(language), Value = DateText.Moment(meeting.Start, language) },
            new() { Title = MeetingTexts.Duration(language), Value = DurationText.Duration(meeting.Duration, language) },
        };
        if (meeting.Location is { } location)
        {
            facts.Add(new() { Title = meeting.HasLink ? MeetingTexts.Link(language) : MeetingTexts.Place(language), Value = location });
        }
        if (meeting.Chantiers.Count > 0)
        {
            facts.Add(new() { Title = "Chantiers", Value = ChantierList(meeting.Chantiers, convention) });
        }
        if (meeting.Organizer.Name is { } organizer)
        {
            facts.Add(new() { Title = MeetingTexts.OrganisedBy(language), Value = organizer });
        }
        return new AdaptiveFactSet { Facts = facts };
    }

    public static string ChantierList(IEnumerable<int> numbers, ConventionDefinition convention) =>
        string.Join(" ; ", numbers.Select(n => convention.FindChantier(n) is { } c ? $"{n}. {c.ShortTitle}" : n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The facts, then the agenda when there is one.</summary>
    public static IEnumerable<AdaptiveElement> Details(Meeting meeting, ConventionDefinition convention, Language language)
    {
        yield return Facts(meeting, convention, language);
        if (meeting.Agenda is { } agenda)
        {
            yield return Heading(MeetingTexts.AgendaLabel(language));
            yield return Line(agenda);
        }
    }

    /// <summary>"Je participe" / "Je ne participe pas"; <paramref name="view"/> says which card to show back.</summary>
    public static IEnumerable<AdaptiveAction> AnswerButtons(Meeting meeting, string view, Language language)
    {
        yield return Execute(MeetingTexts.Attend(language), MeetingVerbs.Rsvp, CardData.ForMeeting(meeting, false, (AnswerKey, "yes"), (ViewKey, view)), AdaptiveActionStyle.Positive);
        yield return Execute(MeetingTexts.Decline(language), MeetingVerbs.Rsvp, CardData.ForMeeting(meeting, false, (AnswerKey, "no"), (ViewKey, view)));
    }

    public static AdaptiveOpenUrlAction? JoinButton(Meeting meeting, Language language) =>
        meeting.HasLink ? new AdaptiveOpenUrlAction { Title = MeetingTexts.Join(language), Url = new Uri(meeting.Location!) } : null;

    public static AdaptiveExecuteAction Execute(string title, string verb, JsonObject? data = null, AdaptiveActionStyle? style = null) =>
        new() { Title = title, Verb = verb, Data = data, Style = style };

    /// <summary>Buttons that read no input, so a form's half-typed values are not sent (nor validated) with them.</summary>
    public static AdaptiveExecuteAction Navigate(string title, string verb, JsonObject? data = null) =>
        new() { Title = title, Verb = verb, Data = data, AssociatedInputs = AdaptiveAssociatedInputs.None };
}
