using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Exports;

/// <summary>One element of the Data Protection key ring (a key or a revocation), as XML.</summary>
public sealed class DataProtectionKeyEntity : ITableEntity
{
    public const string Partition = "key";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Xml { get; set; } = "";
}
