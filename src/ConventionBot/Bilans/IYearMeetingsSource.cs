using ConventionBot.Conventions;

namespace ConventionBot.Bilans;

/// <summary>
/// The governance meetings (COPIL, COTECH, clubs…) held in a convention year, which the consolidated bilan lists.
/// The meetings feature implements it and registers it with <c>services.AddSingleton&lt;IYearMeetingsSource, Xxx&gt;()</c>
/// (before or after <c>AddBilans()</c>: the last registration wins); until then <see cref="NoYearMeetings"/> answers none.
/// </summary>
public interface IYearMeetingsSource
{
    /// <summary>The meetings held (or planned) between 1 January and 31 December of <paramref name="year"/>, in date order.</summary>
    Task<IReadOnlyList<YearMeeting>> ListAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken);
}
