using System.Diagnostics;
using ConventionBot.Diagnostics;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace ConventionBot.Scheduling;

/// <summary>
/// "Send what is due now": claims each due notification that no instance holds, renders it, fans it out under a
/// renewed lease, then completes it, or postpones it with backoff while some deliveries are still to retry.
/// Several instances may run it at once on one storage account; each notification is passed over by one at a time.
/// Each claim and pass is a span (<c>NotificationDispatcher.Pass</c>) holding its storage and Connector calls.
/// </summary>
internal sealed class NotificationDispatcher(
    DueNotificationQueue queue,
    NotificationRenderers renderers,
    NotificationFanOut fanOut,
    SchedulingMetrics metrics,
    IOptions<SchedulingOptions> options,
    TimeProvider timeProvider,
    ILogger<NotificationDispatcher> logger)
{
    private const string OutcomeTag = "notification.outcome";

    private readonly SchedulingOptions _options = options.Value;

    public string InstanceId { get; } = string.IsNullOrWhiteSpace(options.Value.InstanceId)
        ? $"{Environment.MachineName}-{Guid.NewGuid():N}"
        : options.Value.InstanceId;

    public async Task<DispatchSummary> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        DueScan scan;
        // Every poll looks at the schedule: a span per look would be most of the traces, and tell nothing.
        using (SuppressInstrumentationScope.Begin())
        {
            scan = await queue.ListDueAsync(now, cancellationToken).ConfigureAwait(false);
        }
        metrics.Pending(scan.Free.Count + scan.Held);
        var dispatched = 0;
        var superseded = Superseded(scan.Free);
        foreach (var row in scan.Free)
        {
            if (superseded.Contains(row))
            {
                // A later reminder of its series is due too (the app was down across both): that one says it now.
                if (await queue.CompleteAsync(row, now, cancellationToken).ConfigureAwait(false))
                {
                    SchedulingLog.Superseded(logger, row.Kind);
                }
                continue;
            }
            using var span = ConventionBotTelemetry.Source.StartActivity("NotificationDispatcher.Pass");
            span?.SetTag(SchedulingMetrics.KindTag, row.Kind);
            span?.SetTag("notification.pass", row.Passes + 1);
            // The loser of a 412 moves on: another instance is passing over that one.
            if (await queue.TryLeaseAsync(row, InstanceId, timeProvider.GetUtcNow() + _options.LeaseDuration, cancellationToken).ConfigureAwait(false))
            {
                await PassAsync(row, span, cancellationToken).ConfigureAwait(false);
                dispatched++;
            }
            else
            {
                span?.SetTag(OutcomeTag, "taken");
            }
        }
        // After the instant listed above, not after the current one: what fell due during the passes is "next", right away.
        DateTimeOffset? nextDue;
        using (SuppressInstrumentationScope.Begin())
        {
            nextDue = await queue.NextDueAfterAsync(now, cancellationToken).ConfigureAwait(false);
        }
        var next = (nextDue, scan.FirstLeaseEnd) switch
        {
            ({ } due, { } leaseEnd) => due < leaseEnd ? due : leaseEnd,
            (var due, var leaseEnd) => due ?? leaseEnd,
        };
        return new DispatchSummary(scan.Free.Count, dispatched, next);
    }

    /// <summary>The due rows of a series that has a later one due too.</summary>
    private static HashSet<DueNotificationEntity> Superseded(IReadOnlyList<DueNotificationEntity> due) =>
        [.. due.Where(r => r.Series is not null)
            .GroupBy(r => (r.Kind, r.Series))
            .SelectMany(series => series.Where(r => r.DueAt < series.Max(x => x.DueAt)))];

    private async Task PassAsync(DueNotificationEntity row, Activity? span, CancellationToken stopping)
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
                span?.SetTag(OutcomeTag, "lease_lost");
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The loop survives a renderer's bug or a storage failure: this notification is retried later, the others go on.
                SchedulingLog.PassFailed(logger, notification.Kind, row.Passes + 1, exception);
                span?.SetTag("error.type", exception.GetType().FullName);
                span?.SetStatus(ActivityStatusCode.Error);
            }
        }
        Describe(span, result);
        await FinishAsync(row, result, span, stopping).ConfigureAwait(false);
    }

    private async Task FinishAsync(DueNotificationEntity row, FanOutResult? result, Activity? span, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        bool done;
        if (result is { Pending: 0 })
        {
            done = await queue.CompleteAsync(row, now, cancellationToken).ConfigureAwait(false);
            SchedulingLog.PassCompleted(logger, row.Kind, result.Sent, result.Gone, result.Skipped, result.Failed);
            span?.SetTag(OutcomeTag, "completed");
        }
        else if (row.Passes + 1 >= _options.MaxAttempts)
        {
            done = await queue.CompleteAsync(row, now, cancellationToken).ConfigureAwait(false);
            SchedulingLog.GaveUp(logger, row.Kind, row.Passes + 1, result?.Pending);
            span?.SetTag(OutcomeTag, "abandoned");
        }
        else
        {
            var nextDue = now + Backoff(row.Passes);
            done = await queue.PostponeAsync(row, nextDue, cancellationToken).ConfigureAwait(false);
            SchedulingLog.PassPostponed(logger, row.Kind, result?.Pending, nextDue);
            span?.SetTag(OutcomeTag, "postponed");
        }
        if (!done)
        {
            SchedulingLog.ChangedDuringPass(logger, row.Kind);
            span?.SetTag(OutcomeTag, "changed");
        }
    }

    private static void Describe(Activity? span, FanOutResult? result)
    {
        if (span is null || result is null)
        {
            return;
        }
        span.SetTag("notification.deliveries.sent", result.Sent);
        span.SetTag("notification.deliveries.gone", result.Gone);
        span.SetTag("notification.deliveries.skipped", result.Skipped);
        span.SetTag("notification.deliveries.failed", result.Failed);
        span.SetTag("notification.deliveries.pending", result.Pending);
    }

    // Doubling stops at 2^20: far beyond MaxRetryDelay already, and no overflow.
    private TimeSpan Backoff(int passes) =>
        TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks, _options.RetryDelay.Ticks * (1L << Math.Min(passes, 20))));
}

/// <summary>
/// What one dispatch did: notifications found due and free, those this instance claimed and passed over, and when to
/// look again at the latest (the next due instant, or the end of a lease another instance holds).
/// </summary>
internal sealed record DispatchSummary(int Due, int Dispatched, DateTimeOffset? NextDueAt);
