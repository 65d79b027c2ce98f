using Azure;
using ConventionBot.Storage;
using Azure.Data.Tables;

namespace ConventionBot.Scheduling;

/// <summary>The delivery rows of each notification: listed, recorded in transactions of 100, and updated with ETags.</summary>
internal sealed class DeliveryLedger(TableProvider tables)
{
    public const string TableName = "NotificationDeliveries";

    /// <summary>The most rows one entity group transaction may hold.</summary>
    public const int TransactionSize = TableLimits.MaxTransactionActions;

    public async Task<Dictionary<string, DeliveryEntity>> ListAsync(string notificationKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(notificationKey)}");
        var rows = new Dictionary<string, DeliveryEntity>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<DeliveryEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows[row.ConversationId] = row;
        }
        return rows;
    }

    /// <summary>Records a pending row per conversation (one transaction, at most <see cref="TransactionSize"/>); returns them with their ETags.</summary>
    public async Task<IReadOnlyList<DeliveryEntity>> RecordPendingAsync(
        string notificationKey, IReadOnlyCollection<string> conversationIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(conversationIds.Count, TransactionSize, nameof(conversationIds));
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var rows = conversationIds.Select(id => new DeliveryEntity
        {
            PartitionKey = TableKey.Escape(notificationKey),
            RowKey = TableKey.Escape(id),
            ConversationId = id,
            UpdatedAt = now,
        }).ToList();
        var responses = await table.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), cancellationToken)
            .ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].ETag = responses.Value[i].RequireETag();
        }
        return rows;
    }

    /// <summary>Writes the row's new state if nobody changed it since it was read; false on a 412.</summary>
    public async Task<bool> TryUpdateAsync(DeliveryEntity row, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            row.ETag = response.RequireETag();
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return false;
        }
    }
}
