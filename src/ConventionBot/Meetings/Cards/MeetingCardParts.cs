using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;

namespace ConventionBot.Meetings;

/// <summary>Pieces every meeting card shares: its name, the facts, the answer buttons.</summary>
internal static class MeetingCardParts
{
    public const string AnswerKey = "answer";
    public const string ViewKey = "view";

    public static string Name(Meeting meeting, Language language) => meeting.Instance.DisplayName(language);

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
            facts.Add(new() { Title = convention.Levels.Item.Titles(language), Value = ChantierList(meeting.Chantiers, convention) });
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
            yield return Text(agenda);
        }
    }

    /// <summary>"Je participe" / "Je ne participe pas"; <paramref name="view"/> says which card to show back.</summary>
    public static IEnumerable<AdaptiveAction> AnswerButtons(Meeting meeting, string view, Language language)
    {
        yield return Button(MeetingTexts.Attend(language), MeetingVerbs.Rsvp, MeetingCardData.ForMeeting(meeting, false, (AnswerKey, "yes"), (ViewKey, view)), AdaptiveActionStyle.Positive);
        yield return Button(MeetingTexts.Decline(language), MeetingVerbs.Rsvp, MeetingCardData.ForMeeting(meeting, false, (AnswerKey, "no"), (ViewKey, view)));
    }

    /// <summary>
    /// Opens the meeting's invitation (.ics) through its signed link: Outlook or Teams adds the meeting to the calendar,
    /// or, for a cancelled one, removes it.
    /// </summary>
    public static AdaptiveOpenUrlAction? InvitationButton(Meeting meeting, Uri? invitation, Language language) =>
        invitation is null ? null : new AdaptiveOpenUrlAction
        {
            Title = meeting.IsCancelled ? MeetingTexts.RemoveFromCalendar(language) : MeetingTexts.AddToCalendar(language),
            Url = invitation,
        };

    public static AdaptiveOpenUrlAction? JoinButton(Meeting meeting, Language language) =>
        meeting.HasLink ? new AdaptiveOpenUrlAction { Title = MeetingTexts.Join(language), Url = new Uri(meeting.Location!) } : null;
}
