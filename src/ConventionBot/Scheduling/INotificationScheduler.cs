namespace ConventionBot.Scheduling;

/// <summary>The durable schedule of notifications.</summary>
public interface INotificationScheduler
{
    /// <summary>Adds the notification; idempotent on <see cref="ScheduledNotification.Key"/> (a second call with the same key changes nothing).</summary>
    Task ScheduleAsync(ScheduledNotification notification, CancellationToken cancellationToken);

    /// <summary>Removes every pending notification whose key starts with <paramref name="keyPrefix"/> (e.g. all reminders of a meeting).</summary>
    Task CancelAsync(string keyPrefix, CancellationToken cancellationToken);
}
