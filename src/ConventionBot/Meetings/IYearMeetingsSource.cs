using ConventionBot.Conventions;

namespace ConventionBot.Meetings;

/// <summary>
/// The governance meetings (COPIL, COTECH, clubs…) held in a convention year: the contract through which other
/// features (the consolidated bilan) read the meetings feature, registered once by <c>AddMeetings()</c>.
/// </summary>
public interface IYearMeetingsSource
{
    /// <summary>The meetings held (or planned) between 1 January and 31 December of <paramref name="year"/>, in date order.</summary>
    Task<IReadOnlyList<YearMeeting>> ListAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken);
}
