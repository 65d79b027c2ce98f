using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>
/// One entity operation, described once and sent either alone or as a part of a transaction,
/// so single calls and batches share the same verbs, paths, conditions and payloads.
/// </summary>
/// <param name="Method">POST for inserts, PATCH for merges, PUT for replaces, DELETE.</param>
/// <param name="Path">Relative to the service endpoint, percent-encoded: <c>/table</c> or <c>/table(PartitionKey='…',RowKey='…')</c>.</param>
/// <param name="IfMatch">The If-Match header, or null for upserts and inserts.</param>
/// <param name="Body">The JSON entity, or null for deletes.</param>
internal sealed record EntityRequest(RequestMethod Method, string Path, string? IfMatch, byte[]? Body)
{
    public static EntityRequest Create(string tableName, TableTransactionActionType actionType, ITableEntity entity, ETag etag)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var keyPath = KeyPath(tableName, entity.PartitionKey, entity.RowKey);
        var ifMatch = etag == default ? ETag.All.ToString() : etag.ToString();
        return actionType switch
        {
            TableTransactionActionType.Add => new(RequestMethod.Post, "/" + tableName, null, Serialize(entity)),
            TableTransactionActionType.UpdateMerge => new(RequestMethod.Patch, keyPath, ifMatch, Serialize(entity)),
            TableTransactionActionType.UpdateReplace => new(RequestMethod.Put, keyPath, ifMatch, Serialize(entity)),
            TableTransactionActionType.Delete => new(RequestMethod.Delete, keyPath, ifMatch, null),
            TableTransactionActionType.UpsertMerge => new(RequestMethod.Patch, keyPath, null, Serialize(entity)),
            TableTransactionActionType.UpsertReplace => new(RequestMethod.Put, keyPath, null, Serialize(entity)),
            _ => throw new ArgumentOutOfRangeException(nameof(actionType), actionType, "Unknown transaction action type."),
        };
    }

    /// <summary>Quotes are doubled (OData) before percent-encoding; keys are checked first.</summary>
    public static string KeyPath(string tableName, string partitionKey, string rowKey)
    {
        TableValidator.ValidateKey(partitionKey, nameof(ITableEntity.PartitionKey));
        TableValidator.ValidateKey(rowKey, nameof(ITableEntity.RowKey));
        return $"/{tableName}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";
    }

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static byte[] Serialize(ITableEntity entity)
    {
        var properties = EntityMapper.ToProperties(entity);
        TableValidator.ValidateEntity(properties);
        return EntityJsonWriter.Write(properties);
    }
}
