using System.Threading.Channels;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Scheduling;

/// <summary>
/// One pass over a claimed notification: records a pending row per targeted conversation (100 per transaction, each
/// before its messages go out), and sends every pending row in parallel as soon as it is recorded, each marked with its
/// outcome under an ETag. Rows already sent, gone, skipped or failed are never sent again, so re-rendering after a
/// crash or for a retry pass duplicates nothing.
/// </summary>
/// <remarks>
/// The one window left: a crash (or a stop cutting a send short) after Teams accepted a message but before its row is
/// marked sent leaves the row pending, and the next pass sends that message again: at-least-once for that message
/// only. Teams has no idempotency key to close it; the mark is written without the pass's cancellation so a shutdown
/// does not widen it.
/// </remarks>
internal sealed class NotificationFanOut(
    DeliveryLedger ledger,
    DeliverySender sender,
    ConversationReferenceStore references,
    BotReplyRenderer renderer,
    SchedulingMetrics metrics,
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
        await AddConversationsAsync(targeted, cancellationToken).ConfigureAwait(false);

        var cards = new SerializedCards(renderer);
        var rows = await ledger.ListAsync(notification.Key, cancellationToken).ConfigureAwait(false);
        var tally = new FanOutTally();
        foreach (var row in rows.Values.Where(r => r.State == DeliveryState.Pending && !targeted.ContainsKey(r.ConversationId)))
        {
            // The renderer no longer targets it (unsubscribed, or the subject changed since the last pass).
            await RecordAsync(row, DeliveryOutcome.Skipped("not-targeted"), notification.Kind, cancellationToken).ConfigureAwait(false);
            tally.Add(row.State);
        }

        var work = Channel.CreateUnbounded<DeliveryEntity>(new UnboundedChannelOptions { SingleWriter = true });
        using var stopFeeding = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var feeding = FeedAsync(work.Writer, notification.Key, rows, targeted.Keys, stopFeeding.Token);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelSends, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(work.Reader.ReadAllAsync(cancellationToken), parallel, async (row, token) =>
            {
                var outcome = await sender.SendAsync(targeted[row.ConversationId], cards, token).ConfigureAwait(false);
                if (outcome.State == DeliveryState.Sent)
                {
                    metrics.Delivered(notification.Kind, timeProvider.GetUtcNow() - notification.DueAt);
                }
                await RecordAsync(row, outcome, notification.Kind, CancellationToken.None).ConfigureAwait(false);
                tally.Add(row.State);
            }).ConfigureAwait(false);
        }
        finally
        {
            // When the senders stop early, so does the recording; its own failure reached the senders through the channel.
            await stopFeeding.CancelAsync().ConfigureAwait(false);
            await feeding.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        return tally.ToResult();
    }

    // Deliveries from a renderer that listed bare ids get their stored conversation here, all in one query, so that
    // sending reads nothing per conversation. Those with none stored are skipped when sent ("no-reference").
    private async Task AddConversationsAsync(Dictionary<string, NotificationDelivery> targeted, CancellationToken cancellationToken)
    {
        if (!targeted.Values.Any(d => d.Conversation is null))
        {
            return;
        }
        var stored = await references.ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var delivery in targeted.Values.Where(d => d.Conversation is null).ToList())
        {
            targeted[delivery.ConversationId] = delivery with { Conversation = stored.GetValueOrDefault(delivery.ConversationId) };
        }
    }

    // Pending rows from an earlier pass first, then new rows one transaction at a time: sending starts after the first
    // hundred are recorded instead of after all of them.
    private async Task FeedAsync(
        ChannelWriter<DeliveryEntity> work, string key, Dictionary<string, DeliveryEntity> rows, IEnumerable<string> targeted, CancellationToken cancellationToken)
    {
        try
        {
            var missing = new List<string>();
            foreach (var id in targeted)
            {
                if (!rows.TryGetValue(id, out var row))
                {
                    missing.Add(id);
                }
                else if (row.State == DeliveryState.Pending)
                {
                    await work.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                }
            }
            foreach (var chunk in missing.Chunk(DeliveryLedger.TransactionSize))
            {
                foreach (var row in await ledger.RecordPendingAsync(key, chunk, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false))
                {
                    await work.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                }
            }
            work.Complete();
        }
        catch (Exception exception)
        {
            // Handed to the senders' loop through the channel: it stops and the pass fails with this exception.
            work.Complete(exception);
        }
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
        metrics.DeliveryRecorded(kind, row.State);
        if (!await ledger.TryUpdateAsync(row, cancellationToken).ConfigureAwait(false))
        {
            // Only another holder of the same notification could have written it: its lease was taken over.
            SchedulingLog.DeliveryChangedConcurrently(logger, kind);
        }
    }
}

/// <summary>What one pass over a notification's deliveries did; <see cref="Pending"/> are left for a later pass.</summary>
internal sealed record FanOutResult(int Sent, int Gone, int Skipped, int Failed, int Pending);
