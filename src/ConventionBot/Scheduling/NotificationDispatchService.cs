using Azure;
using Azure.Identity;
using Microsoft.Extensions.Options;

using ConventionBot.Storage;

namespace ConventionBot.Scheduling;

/// <summary>
/// The thin loop around <see cref="NotificationDispatcher.DispatchDueAsync"/>: dispatch, then sleep on the injected
/// <see cref="TimeProvider"/> until the next due instant, the poll interval, or a nudge from a just-scheduled notification.
/// </summary>
internal sealed class NotificationDispatchService(
    NotificationDispatcher dispatcher,
    DispatchSignal signal,
    IOptions<SchedulingOptions> options,
    TimeProvider timeProvider,
    ILogger<NotificationDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SchedulingLog.DispatcherStarted(logger, dispatcher.InstanceId);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                var summary = await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                if (summary.NextDueAt is { } next && next - timeProvider.GetUtcNow() < wait)
                {
                    wait = next - timeProvider.GetUtcNow() is var untilNext && untilNext > TimeSpan.Zero ? untilNext : TimeSpan.Zero;
                }
            }
            catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
            {
                // Storage unreachable: nothing is lost (the schedule is there), try again at the next poll.
                SchedulingLog.StorageUnavailable(logger, exception);
            }
            await signal.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
        }
    }
}
