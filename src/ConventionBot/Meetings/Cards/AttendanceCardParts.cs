using ConventionBot.Calendar;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>Attendance on the follow-up cards: the inputs (who answered, ticked; others, typed) and the recorded list.</summary>
internal static class AttendanceCardParts
{
    public static IEnumerable<AdaptiveElement> Inputs(FollowUpForm form, IReadOnlyList<Rsvp> answers, IReadOnlyDictionary<string, string> errors, Language language)
    {
        var elements = new List<AdaptiveElement> { Heading(NoticeTexts.ParticipantsTitle(language)) };
        var choices = Attendance.Choices(answers);
        if (choices.Count > 0)
        {
            AddInput(elements, errors, new AdaptiveChoiceSetInput
            {
                Id = Attendance.AttendeesId, Label = NoticeTexts.AttendeesLabel(language), IsMultiSelect = true, Style = AdaptiveChoiceInputStyle.Expanded, Wrap = true,
                Value = form.Attendees,
                Choices = [.. choices.Select(a => new AdaptiveChoice { Title = NoticeTexts.AnsweredAs(language, a.Name!, a.Attending), Value = a.UserId })],
            });
        }
        AddInput(elements, errors, new AdaptiveTextInput
        {
            Id = Attendance.OthersId, Label = NoticeTexts.OthersLabel(language, choices.Count > 0), Value = form.Others, IsMultiline = true, MaxLength = Attendance.TextMax,
            Placeholder = NoticeTexts.OthersPlaceholder(language),
        });
        return elements;
    }

    public static IEnumerable<AdaptiveElement> View(Meeting meeting, Language language)
    {
        yield return Heading(NoticeTexts.ParticipantsCount(language, meeting.Participants.Count));
        yield return meeting.Participants.Count == 0 ? Subtle(NoticeTexts.NoParticipants(language)) : Text(string.Join(", ", meeting.Participants));
    }
}
