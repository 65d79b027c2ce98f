using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Meetings;

/// <summary>
/// Art. 4: each convention year needs its minimum of each governance instance (one COPIL, two COTECH).
/// A meeting counts for the year of its Paris date when it lies within the convention, once held or while
/// planned; cancelled meetings never count.
/// </summary>
internal static class GovernanceRules
{
    public static IReadOnlyList<YearRecord> Record(ConventionDefinition convention, IReadOnlyList<Meeting> meetings) =>
        [.. convention.Years.Select(year => new YearRecord(year, [.. convention.Governance.Instances
            .Select(instance => new InstanceTally(instance.Code, Count(convention, meetings, year, instance.Code), instance.MinimumPerYear))]))];

    public static int Count(ConventionDefinition convention, IEnumerable<Meeting> meetings, int year, string instanceCode) =>
        meetings.Count(m => !m.IsCancelled
            && string.Equals(m.Instance.Code, instanceCode, StringComparison.OrdinalIgnoreCase)
            && ParisTime.DateOf(m.Start) is var date
            && date.Year == year && convention.IsActiveOn(date));

    /// <summary>True when the checkpoint's rule fails for that year: fewer meetings than its minimum.</summary>
    public static bool IsAtRisk(ConventionDefinition convention, IEnumerable<Meeting> meetings, int year, GovernanceCheckpoint checkpoint) =>
        Count(convention, meetings, year, checkpoint.Instance) < checkpoint.Minimum;
}

/// <summary>The governance record of one convention year, one tally per instance.</summary>
internal sealed record YearRecord(int Year, IReadOnlyList<InstanceTally> Tallies);

/// <summary>How many meetings of one instance a convention year has (held, or planned and not cancelled), against its minimum.</summary>
internal sealed record InstanceTally(string Code, int Count, int Minimum)
{
    public bool IsMet => Count >= Minimum;
}
