using Microsoft.Extensions.Options;

namespace ConventionBot.Scheduling;

/// <summary>
/// One pass over a claimed notification: records a pending row per targeted conversation (before sending anything),
/// then sends every pending row in parallel, each marked with its outcome under an ETag. Rows already sent, gone,
/// skipped or failed are never sent again, so re-rendering after a crash or for a retry pass duplicates nothing.
/// </summary>
/// <remarks>
/// The one window left: a crash after Teams accepted a message but before its row is marked sent leaves the row
/// pending, and the next pass sends that message again (at-least-once for that message only). Teams has no
/// idempotency key to close it; the mark is written without the pass's cancellation so a shutdown does not widen it.
/// </remarks>
internal sealed class NotificationFanOut(
    DeliveryLedger ledger,
    DeliverySender sender,
    IOptions<SchedulingOptions> options,
    TimeProvider timeProvider,
    ILogger<NotificationFanOut> logger)
{
    public async Task<FanOutResult> RunAsync(
        ScheduledNotification notification, IReadOnlyList<NotificationDelivery> deliveries, CancellationToken cancellationToken)
    {
        var targeted = new Dictionary<string, NotificationDelivery>(StringComparer.Ordinal);
        foreach (var delivery in deliveries)
        {
            targeted.TryAdd(delivery.ConversationId, delivery);
        }

        var rows = await ledger.ListAsync(notification.Key, cancellationToken).ConfigureAwait(false);
        var missing = targeted.Keys.Where(id => !rows.ContainsKey(id)).ToList();
        foreach (var row in await ledger.RecordPendingAsync(notification.Key, missing, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            rows[row.ConversationId] = row;
        }

        var tally = new FanOutTally();
        foreach (var row in rows.Values.Where(r => r.State == DeliveryState.Pending && !targeted.ContainsKey(r.ConversationId)))
        {
            // The renderer no longer targets it (unsubscribed, or the subject changed since the last pass).
            await RecordAsync(row, DeliveryOutcome.Skipped("not-targeted"), notification.Kind, cancellationToken).ConfigureAwait(false);
            tally.Add(row.State);
        }

        var work = rows.Values.Where(r => r.State == DeliveryState.Pending && targeted.ContainsKey(r.ConversationId)).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(work, parallel, async (row, token) =>
        {
            var outcome = await sender.SendAsync(targeted[row.ConversationId], token).ConfigureAwait(false);
            await RecordAsync(row, outcome, notification.Kind, CancellationToken.None).ConfigureAwait(false);
            tally.Add(row.State);
        }).ConfigureAwait(false);
        return tally.ToResult();
    }

    private async Task RecordAsync(DeliveryEntity row, DeliveryOutcome outcome, string kind, CancellationToken cancellationToken)
    {
        var attempted = outcome.State != DeliveryState.Skipped;
        row.Attempts += attempted ? 1 : 0;
        (row.State, row.Reason, row.LastStatus, row.ActivityId) = (outcome.State, outcome.Reason, outcome.Status, outcome.ActivityId);
        if (outcome.Retry && row.Attempts >= options.Value.MaxAttempts)
        {
            row.State = DeliveryState.Failed;
        }
        if (row.State == DeliveryState.Failed)
        {
            SchedulingLog.DeliveryFailed(logger, kind, row.Reason ?? "", row.LastStatus, row.Attempts);
        }
        row.UpdatedAt = timeProvider.GetUtcNow();
        if (!await ledger.TryUpdateAsync(row, cancellationToken).ConfigureAwait(false))
        {
            // Only another holder of the same notification could have written it: its lease was taken over.
            SchedulingLog.DeliveryChangedConcurrently(logger, kind);
        }
    }
}
