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
        };
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, keyRow), new(TableTransactionActionType.Add, dueRow)], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Deletes the pending notifications whose key starts with <paramref name="keyPrefix"/>; returns how many.</summary>
    public async Task<int> CancelAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var from = ScheduleKeys.KeyRow(keyPrefix);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ScheduleKeys.Partition} and RowKey ge {from} and RowKey lt {ScheduleKeys.PrefixEnd(from)} and State eq {ScheduleKeyEntity.Pending}");
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
            // The key row's ETag guards the pair: a postponement rewrites it along with the due row it points to.
            await table.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.Delete, row, row.ETag),
                    new(TableTransactionActionType.Delete, new TableEntity(ScheduleKeys.Partition, row.DueRowKey)),
                ],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return false;
        }
    }
}
