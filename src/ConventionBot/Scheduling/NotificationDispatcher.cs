using Microsoft.Extensions.Options;

namespace ConventionBot.Scheduling;

/// <summary>
/// "Send what is due now": claims each due notification that no instance holds, renders it, fans it out under a
/// renewed lease, then completes it, or postpones it with backoff while some deliveries are still to retry.
/// Several instances may run it at once on one storage account; each notification is passed over by one at a time.
/// </summary>
internal sealed class NotificationDispatcher(
    DueNotificationQueue queue,
    NotificationRenderers renderers,
    NotificationFanOut fanOut,
    IOptions<SchedulingOptions> options,
    TimeProvider timeProvider,
    ILogger<NotificationDispatcher> logger)
{
    private readonly SchedulingOptions _options = options.Value;

    public string InstanceId { get; } = string.IsNullOrWhiteSpace(options.Value.InstanceId)
        ? $"{Environment.MachineName}-{Guid.NewGuid():N}"
        : options.Value.InstanceId;

    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var scan = await queue.ListDueAsync(now, cancellationToken).ConfigureAwait(false);
        var dispatched = 0;
        foreach (var row in scan.Free)
        {
            // The loser of a 412 moves on: another instance is passing over that one.
            if (await queue.TryLeaseAsync(row, InstanceId, timeProvider.GetUtcNow() + _options.LeaseDuration, cancellationToken).ConfigureAwait(false))
            {
                await PassAsync(row, cancellationToken).ConfigureAwait(false);
                dispatched++;
            }
        }
        // After the instant listed above, not after the current one: what fell due during the passes is "next", right away.
        var nextDue = await queue.NextDueAfterAsync(now, cancellationToken).ConfigureAwait(false);
        var next = (nextDue, scan.FirstLeaseEnd) switch
        {
            ({ } due, { } leaseEnd) => due < leaseEnd ? due : leaseEnd,
            (var due, var leaseEnd) => due ?? leaseEnd,
        };
        return new DispatchSummary(scan.Free.Count, dispatched, next);
    }

    private async Task PassAsync(DueNotificationEntity row, CancellationToken stopping)
    {
        var notification = row.ToNotification();
        FanOutResult? result = null;
        await using (var lease = new NotificationLease(queue, row, InstanceId, _options.LeaseDuration, timeProvider, stopping))
        {
            try
            {
                var deliveries = await renderers.Get(notification.Kind)
                    .RenderAsync(notification, timeProvider.GetUtcNow(), lease.Token).ConfigureAwait(false);
                result = await fanOut.RunAsync(notification, deliveries, lease.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (lease.Token.IsCancellationRequested && !stopping.IsCancellationRequested)
            {
                // Taken over or cancelled meanwhile: the row is no longer ours to complete or postpone.
                SchedulingLog.LeaseLost(logger, notification.Kind);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The loop survives a renderer's bug or a storage failure: this notification is retried later, the others go on.
                SchedulingLog.PassFailed(logger, notification.Kind, row.Passes + 1, exception);
            }
        }
        await FinishAsync(row, result, stopping).ConfigureAwait(false);
    }

    private async Task FinishAsync(DueNotificationEntity row, FanOutResult? result, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        bool done;
        if (result is { Pending: 0 })
        {
            done = await queue.CompleteAsync(row, now, cancellationToken).ConfigureAwait(false);
            SchedulingLog.PassCompleted(logger, row.Kind, result.Sent, result.Gone, result.Skipped, result.Failed);
        }
        else if (row.Passes + 1 >= _options.MaxAttempts)
        {
            done = await queue.CompleteAsync(row, now, cancellationToken).ConfigureAwait(false);
            SchedulingLog.GaveUp(logger, row.Kind, row.Passes + 1, result?.Pending);
        }
        else
        {
            var nextDue = now + Backoff(row.Passes);
            done = await queue.PostponeAsync(row, nextDue, cancellationToken).ConfigureAwait(false);
            SchedulingLog.PassPostponed(logger, row.Kind, result?.Pending, nextDue);
        }
        if (!done)
        {
            SchedulingLog.ChangedDuringPass(logger, row.Kind);
        }
    }

    // Doubling stops at 2^20: far beyond MaxRetryDelay already, and no overflow.
    private TimeSpan Backoff(int passes) =>
        TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks, _options.RetryDelay.Ticks * (1L << Math.Min(passes, 20))));
}
