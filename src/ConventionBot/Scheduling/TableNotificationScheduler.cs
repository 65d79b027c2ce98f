using Microsoft.Extensions.Options;

namespace ConventionBot.Scheduling;

/// <summary>The durable schedule in Table Storage; a notification due within a poll interval wakes the dispatcher at once.</summary>
internal sealed class TableNotificationScheduler(
    NotificationScheduleTable schedule,
    NotificationRenderers renderers,
    NotificationPurge purge,
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
        Validate(notification);
        if (IsTooOld(notification))
        {
            return;
        }
        var added = await schedule.AddAsync(notification, cancellationToken).ConfigureAwait(false);
        SchedulingLog.Scheduled(logger, notification.Kind, notification.DueAt, added);
        if (added)
        {
            NudgeIfDueSoon(notification);
        }
    }

    public async Task CancelAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        // An empty prefix would cancel every feature's notifications: never what a caller means.
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        var cancelled = await schedule.CancelAsync(keyPrefix, cancellationToken).ConfigureAwait(false);
        SchedulingLog.Cancelled(logger, cancelled);
    }

    public async Task ReplaceAsync(string? replacingPrefix, IReadOnlyList<ScheduledNotification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (replacingPrefix is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(replacingPrefix);
        }
        foreach (var notification in notifications)
        {
            Validate(notification);
        }
        notifications = [.. notifications.Where(n => !IsTooOld(n))];
        if (await schedule.TryReplaceAsync(replacingPrefix, notifications, cancellationToken).ConfigureAwait(false) is { } cancelled)
        {
            if (replacingPrefix is not null)
            {
                SchedulingLog.Cancelled(logger, cancelled);
            }
            foreach (var notification in notifications)
            {
                SchedulingLog.Scheduled(logger, notification.Kind, notification.DueAt, true);
                NudgeIfDueSoon(notification);
            }
            return;
        }
        // Too many rows for one transaction, one already scheduled, or a row changed meanwhile: one by one.
        if (replacingPrefix is not null)
        {
            await CancelAsync(replacingPrefix, cancellationToken).ConfigureAwait(false);
        }
        foreach (var notification in notifications)
        {
            await ScheduleAsync(notification, cancellationToken).ConfigureAwait(false);
        }
    }

    // Due before the purge's cutoff: its key may have been purged already, so scheduling it could send it a second time.
    private bool IsTooOld(ScheduledNotification notification)
    {
        if (notification.DueAt >= purge.Cutoff)
        {
            return false;
        }
        SchedulingLog.TooOld(logger, notification.Kind, notification.DueAt);
        return true;
    }

    private void NudgeIfDueSoon(ScheduledNotification notification)
    {
        if (notification.DueAt <= timeProvider.GetUtcNow() + options.Value.PollInterval)
        {
            signal.Nudge();
        }
    }

    private void Validate(ScheduledNotification notification)
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
    }
}
