using ConventionBot.Conventions;
using ConventionBot.Scheduling;
using ConventionBot.Storage;
using Microsoft.Extensions.Options;

namespace ConventionBot.Meetings;

/// <summary>
/// At start-up, makes sure the durable schedule holds what is still to come: the governance checkpoints of
/// every convention year (only future ones: past checkpoints of a finished convention are never sent late),
/// and the reminders and follow-up of each planned meeting, which heals a crash between a save and its
/// scheduling. Scheduling is idempotent by key, so running it at every start changes nothing otherwise.
/// </summary>
internal sealed class MeetingScheduleKeeper(
    MeetingStore store, MeetingNotifier notifier, INotificationScheduler scheduler, ConventionCatalog catalog,
    IOptionsMonitor<GovernanceOptions> governance, TimeProvider time, ILogger<MeetingScheduleKeeper> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await EnsureAsync(stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (StorageFailure.IsUnavailable(ex))
            {
                // Storage unreachable at start-up: the bot still answers; the schedule is checked again shortly.
                MeetingsLog.ScheduleEnsureFailed(logger, ex, RetryDelay);
                await Task.Delay(RetryDelay, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var alerts = CheckpointPlanner.Upcoming(catalog.All, governance.CurrentValue.EffectiveCheckpoints, now);
        foreach (var alert in alerts)
        {
            var notification = new ScheduledNotification(NotificationKinds.Checkpoint, NotificationKinds.CheckpointKey(alert), alert.DueAt, CheckpointPayload.For(alert).ToJson());
            await scheduler.ScheduleAsync(notification, cancellationToken).ConfigureAwait(false);
        }
        var planned = (await store.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(m => m.Status == MeetingStatus.Planned && m.End > now).ToList();
        foreach (var meeting in planned)
        {
            await notifier.PlanAsync(meeting, cancellationToken).ConfigureAwait(false);
        }
        MeetingsLog.ScheduleEnsured(logger, planned.Count, alerts.Count);
    }
}
