namespace ConventionBot.Meetings;

/// <summary>A reminder <see cref="Offset"/> before a meeting, going out at <see cref="DueAt"/> (UTC).</summary>
internal sealed record PlannedReminder(TimeSpan Offset, DateTimeOffset DueAt);
