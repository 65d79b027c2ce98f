using Azure;
using Azure.Identity;
using Microsoft.Extensions.Options;

using ConventionBot.Storage;

namespace ConventionBot.Scheduling;

/// <summary>
/// The thin loop around <see cref="NotificationDispatcher.DispatchDueAsync"/>: dispatch, then sleep on the injected
/// <see cref="TimeProvider"/> until the next due instant, the poll interval, or a nudge from a just-scheduled notification.
/// Once a day it also purges what the schedule no longer needs (<see cref="NotificationPurge"/>).
/// </summary>
internal sealed class NotificationDispatchService(
    NotificationDispatcher dispatcher,
    NotificationPurge purge,
    DispatchSignal signal,
    IOptions<SchedulingOptions> options,
    TimeProvider timeProvider,
    ILogger<NotificationDispatchService> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SchedulingLog.DispatcherStarted(logger, dispatcher.InstanceId);
        var purgeAt = timeProvider.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wakeAt = timeProvider.GetUtcNow() + options.Value.PollInterval;
            try
            {
                if (timeProvider.GetUtcNow() >= purgeAt)
                {
                    await purge.PurgeAsync(stoppingToken).ConfigureAwait(false);
                    purgeAt = timeProvider.GetUtcNow() + PurgeInterval;
                }
                var summary = await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                wakeAt = timeProvider.GetUtcNow() + options.Value.PollInterval;
                if (summary.NextDueAt is { } next && next < wakeAt)
                {
                    wakeAt = next;
                }
            }
            catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
            {
                // Storage unreachable: nothing is lost (the schedule is there), try again at the next poll.
                SchedulingLog.StorageUnavailable(logger, exception);
            }
            await signal.WaitUntilAsync(wakeAt, stoppingToken).ConfigureAwait(false);
        }
    }
}
