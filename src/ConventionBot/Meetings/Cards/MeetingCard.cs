using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>
/// A meeting as subscribers receive it (reminder, or news of a change): its details, the actions still open
/// from the previous meeting of the same body, and the answer buttons, which bring the same card back with
/// the user's answer.
/// </summary>
internal static class MeetingCard
{
    /// <param name="invitation">The signed link to the meeting's invitation (.ics), offered as a button when given.</param>
    public static AdaptiveCard Build(
        Meeting meeting, ConventionDefinition convention, MeetingHeadline headline, Meeting? previous, DateTimeOffset now, Rsvp? answer, Language language,
        Uri? invitation = null)
    {
        var name = Name(meeting, language);
        var body = new List<AdaptiveElement>
        {
            Title(NoticeTexts.Headline(language, headline, name, DurationText.Ahead(meeting.Start, now, language))),
        };
        if (answer is not null)
        {
            body.Add(Banner(MeetingTexts.YourAnswer(language, answer.Attending), AdaptiveTextColor.Good));
        }
        body.AddRange(Details(meeting, convention, language));
        var open = meeting.IsCancelled ? [] : previous?.Actions.Where(a => !a.Done).ToList() ?? [];
        if (open.Count > 0)
        {
            body.Add(Heading(NoticeTexts.OpenActions(language, DateText.Day(ParisTime.DateOf(previous!.Start), language))));
            var today = ParisTime.DateOf(now);
            body.AddRange(open.Select(a => Text(NoticeTexts.ActionLine(language, a, a.Due < today))));
        }
        var actions = new List<AdaptiveAction>();
        if (meeting.Status == MeetingStatus.Planned && meeting.Start > now)
        {
            actions.AddRange(AnswerButtons(meeting, headline.ToString(), language));
        }
        if (!meeting.IsCancelled && JoinButton(meeting, language) is { } join)
        {
            actions.Add(join);
        }
        if (InvitationButton(meeting, invitation, language) is { } add)
        {
            actions.Add(add);
        }
        actions.Add(Open(MeetingTexts.ListButton(language), MeetingVerbs.List));
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = NoticeTexts.Headline(language, headline, name, DateText.Moment(meeting.Start, language)) };
    }
}
