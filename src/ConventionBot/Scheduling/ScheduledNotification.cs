namespace ConventionBot.Scheduling;

/// <summary>
/// A notification due at an instant, kept in Table Storage until sent: a restart loses nothing and
/// several instances send it once. What it says is decided at send time by the
/// <see cref="INotificationRenderer"/> of its <see cref="Kind"/>, so a moved or cancelled subject sends nothing stale.
/// </summary>
/// <param name="Kind">Which renderer handles it, e.g. <c>meeting.reminder</c>.</param>
/// <param name="Key">Unique and stable (scheduling the same key twice is one notification), e.g. <c>meeting:42:v3:P7D</c>.</param>
/// <param name="DueAt">When to send (UTC instant).</param>
/// <param name="Payload">The feature's own data for the renderer (small JSON).</param>
public sealed record ScheduledNotification(string Kind, string Key, DateTimeOffset DueAt, string Payload);
