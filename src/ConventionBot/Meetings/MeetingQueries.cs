using ConventionBot.Conventions;

namespace ConventionBot.Meetings;

/// <summary>Questions asked of the list of meetings.</summary>
internal static class MeetingQueries
{
    /// <summary>The last meeting of the same body before this one (not cancelled): its open actions are chased.</summary>
    public static Meeting? Previous(Meeting meeting, IEnumerable<Meeting> all) =>
        all.Where(m => m.Id != meeting.Id && !m.IsCancelled && m.Start < meeting.Start && m.Instance.SameBodyAs(meeting.Instance))
            .MaxBy(m => m.Start);

    /// <summary>The convention the meeting's chantier numbers refer to.</summary>
    public static ConventionDefinition ConventionOf(this ConventionCatalog catalog, Meeting meeting) =>
        catalog.Find(meeting.ConventionId) ?? catalog.Default;
}
