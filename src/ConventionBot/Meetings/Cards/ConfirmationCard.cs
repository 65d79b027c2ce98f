using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>What the admin sees once a meeting is scheduled, changed or cancelled: the result, and when its reminders will go out.</summary>
internal static class ConfirmationCard
{
    public const string ScheduleCommand = "planifier";

    /// <param name="invitation">The signed link to the meeting's invitation (.ics), offered as a button when given.</param>
    public static AdaptiveCard Build(
        Meeting meeting, ConventionDefinition convention, string message, IReadOnlyList<PlannedReminder> reminders, Language language, Uri? invitation = null)
    {
        var body = new List<AdaptiveElement>
        {
            Banner(message, AdaptiveTextColor.Good),
            Title($"{Name(meeting, language)} — {DateText.Moment(meeting.Start, language)}"),
        };
        body.AddRange(Details(meeting, convention, language));
        if (meeting.Status == MeetingStatus.Planned)
        {
            body.Add(Heading(MeetingTexts.RemindersPlanned(language)));
            body.Add(Text(reminders.Count == 0
                ? MeetingTexts.NoReminders(language)
                : string.Join("\n", reminders.Select(r => "- " + DateText.Moment(r.DueAt, language)))));
        }
        var actions = new List<AdaptiveAction>();
        if (InvitationButton(meeting, invitation, language) is { } add)
        {
            actions.Add(add);
        }
        actions.Add(Open(MeetingTexts.ListButton(language), MeetingVerbs.List));
        actions.Add(ConversationCards.RunButton(MeetingTexts.ScheduleAnotherButton(language), ScheduleCommand));
        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = message,
        };
    }
}
