using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Meetings.Contract;

namespace ConventionBot.Meetings;

/// <summary>The year's meetings for the consolidated bilan: not cancelled, in the convention, by Paris date.</summary>
internal sealed class YearMeetingsSource(MeetingStore store) : IYearMeetingsSource
{
    public async Task<IReadOnlyList<YearMeeting>> ListAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var meetings = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return meetings
            .Where(m => m.ConventionId == convention.Id && !m.IsCancelled && ParisTime.DateOf(m.Start).Year == year)
            .OrderBy(m => m.Start)
            .Select(m => new YearMeeting(
                m.Instance.Code,
                m.Instance.DisplayName(Language.French),
                m.Start,
                m.Minutes,
                SplitLines(m.Decisions)) { Participants = m.Participants })
            .ToList();
    }

    private static string[] SplitLines(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
