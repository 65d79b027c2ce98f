using Azure;

namespace ConventionBot.TableStorage;

/// <summary>The system properties every table entity carries (mirrors <c>Azure.Data.Tables.ITableEntity</c>).</summary>
public interface ITableEntity
{
    /// <summary>The partition key; entities of one partition can be changed together in a transaction.</summary>
    string PartitionKey { get; set; }

    /// <summary>The row key, unique within the partition.</summary>
    string RowKey { get; set; }

    /// <summary>The server's last-modified time; ignored on writes.</summary>
    DateTimeOffset? Timestamp { get; set; }

    /// <summary>The ETag read with the entity; pass it to <c>UpdateEntityAsync</c> for optimistic concurrency.</summary>
    ETag ETag { get; set; }
}
