using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Cards;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>The meetings list: upcoming ones with their answer (and, for admins, edit/cancel/participants), then past ones with their compte-rendu.</summary>
internal static class MeetingListCard
{
    public const string View = "list";
    // Each meeting carries up to five buttons (each with its Action.Submit fallback): beyond these counts the
    // list would pass Teams' card size limit; the rest is counted, not shown.
    public const int UpcomingShown = 4;
    public const int PastShown = 3;
    public const int LocationShown = 60;

    public static AdaptiveCard Build(
        IReadOnlyList<Meeting> meetings, ILookup<string, Rsvp> answers, ConventionCatalog catalog, Viewer viewer, DateTimeOffset now, string? banner = null)
    {
        AdaptiveContainer Shown(Meeting meeting, bool upcoming) => Item(meeting, answers[meeting.Id].ToList(), catalog, viewer, upcoming);
        var language = viewer.Language;
        var upcoming = meetings.Where(m => m.Status == MeetingStatus.Planned && m.Start > now).OrderBy(m => m.Start).ToList();
        var past = meetings.Where(m => !m.IsCancelled && m.Start <= now).OrderByDescending(m => m.Start).ToList();
        var body = new List<AdaptiveElement> { Title(ListTexts.Title(language)) };
        if (banner is not null)
        {
            body.Add(Banner(banner, AdaptiveTextColor.Attention));
        }
        body.Add(Heading(ListTexts.Upcoming(language)));
        body.AddRange(Section(upcoming, UpcomingShown, ListTexts.NoneUpcoming(language), m => Shown(m, upcoming: true), language));
        body.Add(Heading(ListTexts.Past(language)));
        body.AddRange(Section(past, PastShown, ListTexts.NonePast(language), m => Shown(m, upcoming: false), language));
        var actions = new List<AdaptiveAction> { Navigate(CardTexts.Refresh(language), MeetingVerbs.List) };
        if (viewer.IsAdmin)
        {
            actions.InsertRange(0, [
                ConversationCards.RunButton(ListTexts.ScheduleButton(language), ConfirmationCard.ScheduleCommand),
                ConversationCards.RunButton(ListTexts.RecordButton(language), ScheduleCommand.RecordCommand)]);
        }
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = ListTexts.Title(language) };
    }

    private static List<AdaptiveElement> Section(List<Meeting> meetings, int shown, string none, Func<Meeting, AdaptiveElement> item, Language language)
    {
        if (meetings.Count == 0)
        {
            return [Subtle(none)];
        }
        var elements = meetings.Take(shown).Select(item).ToList();
        if (meetings.Count > shown)
        {
            elements.Add(Subtle(ListTexts.More(language, meetings.Count - shown)));
        }
        return elements;
    }

    private static AdaptiveContainer Item(Meeting meeting, List<Rsvp> answers, ConventionCatalog catalog, Viewer viewer, bool upcoming)
    {
        var language = viewer.Language;
        var items = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock { Text = $"{Name(meeting, language)} — {DateText.Moment(meeting.Start, language)}", Weight = AdaptiveTextWeight.Bolder, Wrap = true },
            Subtle(Summary(meeting, catalog, language)),
        };
        if (upcoming && answers.FirstOrDefault(a => a.UserId == viewer.UserId) is { } mine)
        {
            items.Add(Text(MeetingTexts.YourAnswer(language, mine.Attending)));
        }
        if (viewer.Manages(meeting))
        {
            items.Add(Text(MeetingTexts.AnswersSummary(language, answers.Count(a => a.Attending), answers.Count(a => !a.Attending))));
        }
        if (!upcoming)
        {
            items.Add(Text(meeting.Status == MeetingStatus.Held ? ListTexts.MinutesRecorded(language) : ListTexts.MinutesMissing(language)));
        }
        items.Add(new AdaptiveActionSet { Actions = Buttons(meeting, viewer, upcoming) });
        return new AdaptiveContainer { Items = items, Separator = true };
    }

    private static List<AdaptiveAction> Buttons(Meeting meeting, Viewer viewer, bool upcoming)
    {
        var language = viewer.Language;
        var buttons = new List<AdaptiveAction>();
        if (upcoming)
        {
            buttons.AddRange(AnswerButtons(meeting, View, language));
        }
        else
        {
            buttons.Add(Open(ListTexts.FollowUp(language), MeetingVerbs.FollowUp, MeetingCardData.ForMeeting(meeting)));
        }
        if (viewer.IsAdmin && (upcoming || meeting.Status == MeetingStatus.Held))
        {
            buttons.Add(Open(ListTexts.Edit(language), MeetingVerbs.Edit, MeetingCardData.ForMeeting(meeting)));
        }
        if (upcoming && viewer.IsAdmin)
        {
            buttons.Add(Open(ListTexts.Cancel(language), MeetingVerbs.Cancel, MeetingCardData.ForMeeting(meeting)));
        }
        if (viewer.Manages(meeting))
        {
            buttons.Add(Open(ListTexts.Participants(language), MeetingVerbs.Participants, MeetingCardData.ForMeeting(meeting)));
        }
        return buttons;
    }

    /// <summary>Duration, place, the items it is about in their definition's word, and which definition when several are loaded.</summary>
    private static string Summary(Meeting meeting, ConventionCatalog catalog, Language language)
    {
        var convention = catalog.Find(meeting.ConventionId);
        var parts = new List<string> { DurationText.Duration(meeting.Duration, language) };
        if (meeting.Location is { } location)
        {
            parts.Add(location.Length <= LocationShown ? location : location[..(LocationShown - 1)] + "…");
        }
        if (meeting.Chantiers.Count > 0)
        {
            parts.Add((convention?.Levels ?? ConventionLevels.Default).Item.Titles(language) + " " + string.Join(", ", meeting.Chantiers));
        }
        if (catalog.All.Count > 1 && convention is not null)
        {
            parts.Add(convention.ShortTitle);
        }
        return string.Join(" · ", parts);
    }
}
