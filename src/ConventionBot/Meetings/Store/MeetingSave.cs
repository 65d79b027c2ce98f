namespace ConventionBot.Meetings;

/// <summary>The outcome of a conditional write, with the saved meeting (Saved) or the latest one (Stale).</summary>
internal sealed record MeetingSave(SaveStatus Status, Meeting? Meeting);
