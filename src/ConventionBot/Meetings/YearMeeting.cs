namespace ConventionBot.Meetings;

/// <summary>A governance meeting as the consolidated bilan shows it.</summary>
/// <param name="InstanceCode">The convention's instance code, e.g. COPIL, COTECH; or another body's name.</param>
/// <param name="Summary">The compte-rendu's gist, when recorded.</param>
/// <param name="Decisions">The decisions taken, one per entry.</param>
public sealed record YearMeeting(string InstanceCode, string Title, DateTimeOffset Start, string? Summary, IReadOnlyList<string> Decisions);
