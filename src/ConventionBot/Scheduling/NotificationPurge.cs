using Azure;
using Azure.Data.Tables;
using ConventionBot.Storage;
using Microsoft.Extensions.Options;

namespace ConventionBot.Scheduling;

/// <summary>
/// Removes what the schedule no longer needs once <see cref="SchedulingOptions.Retention"/> has passed: the key rows of
/// notifications sent (due and completed before the cutoff) and the delivery rows that reached an end (sent, gone,
/// skipped, failed). Safe with several instances: each row is deleted with its ETag, and one deleted or changed
/// meanwhile is left alone. A key purged cannot be sent again, since the scheduler refuses notifications due before
/// the cutoff.
/// </summary>
internal sealed class NotificationPurge(TableProvider tables, IOptions<SchedulingOptions> options, TimeProvider timeProvider, ILogger<NotificationPurge> logger)
{
    /// <summary>The oldest due instant the schedule still keeps, and accepts.</summary>
    public DateTimeOffset Cutoff => timeProvider.GetUtcNow() - options.Value.Retention;

    public async Task<(int Notifications, int Deliveries)> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = Cutoff;
        var notifications = await DeleteAsync(NotificationScheduleTable.TableName, TableClient.CreateQueryFilter(
            $"PartitionKey eq {ScheduleKeys.Partition} and State eq {ScheduleKeyEntity.Done} and DueAt lt {cutoff} and CompletedAt lt {cutoff}"),
            cancellationToken).ConfigureAwait(false);
        var deliveries = await DeleteAsync(DeliveryLedger.TableName, TableClient.CreateQueryFilter(
            $"State ne {DeliveryState.Pending} and UpdatedAt lt {cutoff}"), cancellationToken).ConfigureAwait(false);
        SchedulingLog.Purged(logger, notifications, deliveries, cutoff);
        return (notifications, deliveries);
    }

    private async Task<int> DeleteAsync(string tableName, string filter, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(tableName, cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: [nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey)], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 412)
            {
                // Deleted by another instance, or changed since the query: not this pass's to remove.
            }
        }
        return deleted;
    }
}
