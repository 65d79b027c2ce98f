using Azure;
using ConventionBot.Storage;
using Azure.Data.Tables;

namespace ConventionBot.Scheduling;

/// <summary>Adds and cancels notifications: each is a key row and a due row, always written together.</summary>
internal sealed class NotificationScheduleTable(TableProvider tables)
{
    public const string TableName = "Notifications";

    private const int CancelRounds = 3;

    public Task<TableClient> TableAsync(CancellationToken cancellationToken) => tables.GetAsync(TableName, cancellationToken);

    /// <summary>Inserts both rows in one transaction; false when the key was already scheduled (409).</summary>
    public async Task<bool> AddAsync(ScheduledNotification notification, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.SubmitTransactionAsync(AddActions(notification), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes the pending notifications under <paramref name="keyPrefix"/> (none when null) and inserts
    /// <paramref name="notifications"/>, all in one transaction: one query and one transaction in all.
    /// </summary>
    /// <returns>How many were deleted; null when nothing was changed: too many rows for one transaction, a notification
    /// already scheduled (409), a key twice or both deleted and added, or a pending one changed or done meanwhile (412, 404).</returns>
    public async Task<int?> TryReplaceAsync(string? keyPrefix, IReadOnlyList<ScheduledNotification> notifications, CancellationToken cancellationToken)
    {
        if (notifications.DistinctBy(n => n.Key, StringComparer.Ordinal).Count() != notifications.Count)
        {
            return null; // a transaction cannot write a row twice
        }
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var actions = new List<TableTransactionAction>();
        var keys = notifications.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        if (keyPrefix is not null)
        {
            await foreach (var row in table.QueryAsync<ScheduleKeyEntity>(PendingFilter(keyPrefix), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (keys.Contains(row.Key))
                {
                    return null; // deleted and added again: not in one transaction
                }
                actions.AddRange(DeleteActions(row));
            }
        }
        var deleted = actions.Count / 2;
        actions.AddRange(notifications.SelectMany(AddActions));
        if (actions.Count == 0)
        {
            return 0;
        }
        if (actions.Count > TableLimits.MaxTransactionActions)
        {
            return null;
        }
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return deleted;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    private static TableTransactionAction[] AddActions(ScheduledNotification notification)
    {
        var dueRowKey = ScheduleKeys.DueRow(notification.DueAt, notification.Key);
        var keyRow = new ScheduleKeyEntity
        {
            RowKey = ScheduleKeys.KeyRow(notification.Key),
            Key = notification.Key,
            Kind = notification.Kind,
            DueAt = notification.DueAt,
            DueRowKey = dueRowKey,
        };
        var dueRow = new DueNotificationEntity
        {
            RowKey = dueRowKey,
            Key = notification.Key,
            Kind = notification.Kind,
            DueAt = notification.DueAt,
            Payload = notification.Payload,
            Series = notification.Series,
        };
        return [new(TableTransactionActionType.Add, keyRow), new(TableTransactionActionType.Add, dueRow)];
    }

    // The key row's ETag guards the pair: a postponement rewrites it along with the due row it points to.
    private static TableTransactionAction[] DeleteActions(ScheduleKeyEntity row) =>
    [
        new(TableTransactionActionType.Delete, row, row.ETag),
        new(TableTransactionActionType.Delete, new TableEntity(ScheduleKeys.Partition, row.DueRowKey)),
    ];

    private static string PendingFilter(string keyPrefix)
    {
        var from = ScheduleKeys.KeyRow(keyPrefix);
        return TableClient.CreateQueryFilter(
            $"PartitionKey eq {ScheduleKeys.Partition} and RowKey ge {from} and RowKey lt {ScheduleKeys.PrefixEnd(from)} and State eq {ScheduleKeyEntity.Pending}");
    }

    /// <summary>Deletes the pending notifications whose key starts with <paramref name="keyPrefix"/>; returns how many.</summary>
    public async Task<int> CancelAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var filter = PendingFilter(keyPrefix);
        var cancelled = 0;
        // A dispatcher postponing a notification meanwhile changes its rows: read again and retry those.
        for (var round = 0; round < CancelRounds; round++)
        {
            var conflicts = 0;
            await foreach (var row in table.QueryAsync<ScheduleKeyEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (await TryDeleteAsync(table, row, cancellationToken).ConfigureAwait(false))
                {
                    cancelled++;
                }
                else
                {
                    conflicts++;
                }
            }
            if (conflicts == 0)
            {
                return cancelled;
            }
        }
        throw new InvalidOperationException($"Could not cancel every notification under '{keyPrefix}': they kept changing.");
    }

    private static async Task<bool> TryDeleteAsync(TableClient table, ScheduleKeyEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(DeleteActions(row), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return false;
        }
    }
}
