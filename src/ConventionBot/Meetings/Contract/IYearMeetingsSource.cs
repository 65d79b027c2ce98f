using ConventionBot.Conventions;

namespace ConventionBot.Meetings.Contract;

/// <summary>
/// The governance meetings (COPIL, COTECH, clubs…) held in a convention year: the contract through which other
/// features (the consolidated bilan) read the meetings feature, registered once by <c>AddMeetings()</c>.
/// </summary>
public interface IYearMeetingsSource
{
    /// <summary>The meetings held (or planned) between 1 January and 31 December of <paramref name="year"/>, in date order.</summary>
    Task<IReadOnlyList<YearMeeting>> ListAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken);
}

/// <summary>A governance meeting as the consolidated bilan shows it.</summary>
/// <param name="InstanceCode">The convention's instance code, e.g. COPIL, COTECH; or another body's name.</param>
/// <param name="Summary">The compte-rendu's gist, when recorded.</param>
/// <param name="Decisions">The decisions taken, one per entry.</param>
public sealed record YearMeeting(string InstanceCode, string Title, DateTimeOffset Start, string? Summary, IReadOnlyList<string> Decisions)
{
    /// <summary>Who attended, as recorded after the meeting: the proof it was held. Empty when not recorded.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];
}
