using Azure;
using Azure.Data.Tables;
using ConventionBot.Storage;

namespace ConventionBot.Scheduling;

/// <summary>
/// The dispatcher's side of the schedule: finds due rows by range, claims one with an ETag-conditional update
/// (the loser of a 412 moves on), renews the claim, and completes or postpones it together with its key row.
/// </summary>
/// <remarks>
/// A conditional write whose response was lost and whose retry then got 412 looks lost to us although it was applied:
/// the claim then simply waits for its lease to expire before another pass takes it.
/// </remarks>
internal sealed class DueNotificationQueue(NotificationScheduleTable schedule)
{
    /// <summary>
    /// Due rows at or before <paramref name="now"/> that nobody holds (no lease, or an expired one), earliest first,
    /// how many others are held, and when the first lease held by someone ends (a crashed holder's notification is free then).
    /// </summary>
    public async Task<DueScan> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await schedule.TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ScheduleKeys.Partition} and RowKey ge {ScheduleKeys.DuePrefix} and RowKey lt {ScheduleKeys.DueRowsEnd(now)}");
        var free = new List<DueNotificationEntity>();
        DateTimeOffset? firstLeaseEnd = null;
        var held = 0;
        await foreach (var row in table.QueryAsync<DueNotificationEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.LeaseUntil is { } until && until > now)
            {
                firstLeaseEnd = firstLeaseEnd is { } first && first <= until ? first : until;
                held++;
            }
            else
            {
                free.Add(row);
            }
        }
        return new DueScan(free, firstLeaseEnd, held);
    }

    /// <summary>The earliest due instant after <paramref name="now"/>, or null when nothing is scheduled later.</summary>
    public async Task<DateTimeOffset?> NextDueAfterAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await schedule.TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ScheduleKeys.Partition} and RowKey ge {ScheduleKeys.DueRowsEnd(now)} and RowKey lt {ScheduleKeys.PrefixEnd(ScheduleKeys.DuePrefix)}");
        await foreach (var row in table.QueryAsync<DueNotificationEntity>(filter, maxPerPage: 1, select: [nameof(DueNotificationEntity.DueAt)], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return row.DueAt;
        }
        return null;
    }

    /// <summary>Takes the lease (or renews our own); false when another instance changed the row first or it is gone.</summary>
    public async Task<bool> TryLeaseAsync(DueNotificationEntity row, string owner, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var table = await schedule.TableAsync(cancellationToken).ConfigureAwait(false);
        var (previousOwner, previousUntil) = (row.LeaseOwner, row.LeaseUntil);
        (row.LeaseOwner, row.LeaseUntil) = (owner, until);
        try
        {
            var response = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            row.ETag = response.RequireETag();
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            (row.LeaseOwner, row.LeaseUntil) = (previousOwner, previousUntil);
            return false;
        }
    }

    /// <summary>Removes the due row and marks the key row done; false when it was cancelled or taken over meanwhile.</summary>
    public async Task<bool> CompleteAsync(DueNotificationEntity row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keyRow = new TableEntity(ScheduleKeys.Partition, ScheduleKeys.KeyRow(row.Key))
        {
            [nameof(ScheduleKeyEntity.State)] = ScheduleKeyEntity.Done,
            [nameof(ScheduleKeyEntity.CompletedAt)] = now,
        };
        return await TrySubmitAsync(
            [new(TableTransactionActionType.Delete, row, row.ETag), new(TableTransactionActionType.UpdateMerge, keyRow)],
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the notification to <paramref name="nextDue"/>, unleased, one pass further; false when cancelled or taken over.</summary>
    public async Task<bool> PostponeAsync(DueNotificationEntity row, DateTimeOffset nextDue, CancellationToken cancellationToken)
    {
        var moved = new DueNotificationEntity
        {
            RowKey = ScheduleKeys.DueRow(nextDue, row.Key),
            Key = row.Key,
            Kind = row.Kind,
            DueAt = row.DueAt,
            Payload = row.Payload,
            Series = row.Series,
            Passes = row.Passes + 1,
        };
        var keyRow = new TableEntity(ScheduleKeys.Partition, ScheduleKeys.KeyRow(row.Key)) { [nameof(ScheduleKeyEntity.DueRowKey)] = moved.RowKey };
        return await TrySubmitAsync(
            [
                new(TableTransactionActionType.Delete, row, row.ETag),
                new(TableTransactionActionType.Add, moved),
                new(TableTransactionActionType.UpdateMerge, keyRow),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> TrySubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var table = await schedule.TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            return false;
        }
    }
}

/// <summary>
/// The due notifications free to claim, and when the first one held by another instance is free at the latest;
/// <see cref="Held"/> counts the due ones held.
/// </summary>
internal sealed record DueScan(IReadOnlyList<DueNotificationEntity> Free, DateTimeOffset? FirstLeaseEnd, int Held);
