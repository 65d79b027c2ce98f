using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>Who answered, for the organiser and the admins.</summary>
internal static class ParticipantsCard
{
    public static AdaptiveCard Build(Meeting meeting, IReadOnlyList<Rsvp> answers, Language language)
    {
        var title = ListTexts.ParticipantsTitle(language, Name(meeting, language), DateText.Moment(meeting.Start, language));
        var body = new List<AdaptiveElement> { Title(title) };
        if (answers.Count == 0)
        {
            body.Add(Subtle(ListTexts.NoAnswer(language)));
        }
        else
        {
            var attending = answers.Where(a => a.Attending).ToList();
            var declining = answers.Where(a => !a.Attending).ToList();
            body.Add(Heading(ListTexts.Attending(language, attending.Count)));
            body.Add(Text(Names(attending, language)));
            body.Add(Heading(ListTexts.NotAttending(language, declining.Count)));
            body.Add(Text(Names(declining, language)));
        }
        return new AdaptiveCard
        {
            Body = body,
            Actions = [Open(MeetingTexts.ListButton(language), MeetingVerbs.List)],
            FallbackText = title,
        };
    }

    private static string Names(List<Rsvp> answers, Language language) =>
        answers.Count == 0 ? "—" : string.Join(", ", answers.Select(a => a.Name ?? ListTexts.Unnamed(language)));
}
