namespace ConventionBot.Meetings;

/// <summary>The outcome of a change: saved (with the reminders now planned), stale (with the latest version) or missing.</summary>
internal sealed record ChangeResult(SaveStatus Status, Meeting? Meeting, IReadOnlyList<PlannedReminder> Reminders);
