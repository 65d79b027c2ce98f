namespace ConventionBot.Meetings;

/// <summary>The governance record of one convention year, one tally per instance.</summary>
internal sealed record YearRecord(int Year, IReadOnlyList<InstanceTally> Tallies);
