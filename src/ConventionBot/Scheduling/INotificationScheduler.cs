namespace ConventionBot.Scheduling;

/// <summary>The durable schedule of notifications.</summary>
public interface INotificationScheduler
{
    /// <summary>
    /// Adds the notification; idempotent on <see cref="ScheduledNotification.Key"/> (a second call with the same key
    /// changes nothing, even after it was sent). A notification due now (an immediate broadcast) goes out within moments.
    /// </summary>
    /// <exception cref="ArgumentException">No renderer is registered for its kind, or its key or payload is too long.</exception>
    Task ScheduleAsync(ScheduledNotification notification, CancellationToken cancellationToken);

    /// <summary>
    /// Removes every pending notification whose key starts with <paramref name="keyPrefix"/> (e.g. all reminders of a meeting).
    /// One being sent at that moment stops at its next lease renewal; the renderer should also find it obsolete.
    /// </summary>
    Task CancelAsync(string keyPrefix, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="CancelAsync"/> of <paramref name="replacingPrefix"/> (none when null) then <see cref="ScheduleAsync"/> of each
    /// notification, with the same outcome, in one transaction when they fit (else one by one, as those two do).
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="ScheduleAsync"/>, for any of them (then nothing is changed).</exception>
    Task ReplaceAsync(string? replacingPrefix, IReadOnlyList<ScheduledNotification> notifications, CancellationToken cancellationToken);
}
