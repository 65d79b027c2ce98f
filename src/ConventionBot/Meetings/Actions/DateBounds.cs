using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>The days a meeting form accepts, and on which side of <paramref name="Now"/> its start must fall.</summary>
internal sealed record DateBounds(DateOnly Earliest, DateOnly Latest, DateTimeOffset Now, bool Past)
{
    public string? DateError(DateOnly date, Language language) =>
        date < Earliest ? (Past ? FormTexts.OldDate(language, Earliest) : FormTexts.PastDate(language))
        : date > Latest ? (Past ? FormTexts.FutureDate(language) : FormTexts.FarDate(language, MeetingFormValidator.MaxYearsAhead))
        : null;

    public string? TimeError(DateTimeOffset start, Language language) =>
        Past && start > Now ? FormTexts.FutureTime(language)
        : !Past && start <= Now ? FormTexts.PastTime(language)
        : null;
}
