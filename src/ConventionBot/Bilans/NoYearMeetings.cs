using ConventionBot.Conventions;

namespace ConventionBot.Bilans;

/// <summary>The default <see cref="IYearMeetingsSource"/> while no feature records meetings: none.</summary>
internal sealed class NoYearMeetings : IYearMeetingsSource
{
    public Task<IReadOnlyList<YearMeeting>> ListAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<YearMeeting>>([]);
}
