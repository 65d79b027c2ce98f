using Microsoft.Extensions.Options;

namespace ConventionBot.Scheduling;

/// <summary>The durable schedule in Table Storage; a notification due within a poll interval wakes the dispatcher at once.</summary>
internal sealed class TableNotificationScheduler(
    NotificationScheduleTable schedule,
    NotificationRenderers renderers,
    DispatchSignal signal,
    IOptions<SchedulingOptions> options,
    TimeProvider timeProvider,
    ILogger<TableNotificationScheduler> logger) : INotificationScheduler
{
    // Row keys are limited to 1 KiB and string properties to 64 KiB: stay well inside both.
    private const int MaxKeyLength = 400;
    private const int MaxPayloadLength = 30_000;

    public async Task ScheduleAsync(ScheduledNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.Key, nameof(notification));
        ArgumentNullException.ThrowIfNull(notification.Payload, nameof(notification));
        if (notification.Key.Length > MaxKeyLength || notification.Payload.Length > MaxPayloadLength)
        {
            throw new ArgumentException($"A notification key has at most {MaxKeyLength} characters and a payload at most {MaxPayloadLength}.", nameof(notification));
        }
        if (!renderers.Contains(notification.Kind))
        {
            throw new ArgumentException($"No renderer is registered for the kind '{notification.Kind}'.", nameof(notification));
        }

        var added = await schedule.AddAsync(notification, cancellationToken).ConfigureAwait(false);
        SchedulingLog.Scheduled(logger, notification.Kind, notification.DueAt, added);
        if (added && notification.DueAt <= timeProvider.GetUtcNow() + options.Value.PollInterval)
        {
            signal.Nudge();
        }
    }

    public async Task CancelAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        // An empty prefix would cancel every feature's notifications: never what a caller means.
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        var cancelled = await schedule.CancelAsync(keyPrefix, cancellationToken).ConfigureAwait(false);
        SchedulingLog.Cancelled(logger, cancelled);
    }
}
