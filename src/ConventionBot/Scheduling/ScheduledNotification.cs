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
/// <param name="Series">
/// The reminders that stand for one another (a meeting's J-7 and J-1, a deadline's J-7, J-1 and J+3): when several
/// of a series are due at once (the app was down across them), only the latest due is sent, the earlier ones are
/// dropped. Null: the notification stands alone.
/// </param>
public sealed record ScheduledNotification(string Kind, string Key, DateTimeOffset DueAt, string Payload, string? Series = null);
