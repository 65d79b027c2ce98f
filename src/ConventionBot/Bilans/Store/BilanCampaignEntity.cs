using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Bilans;

/// <summary>The campaign row of a year's partition (row key <see cref="Row"/>).</summary>
public sealed class BilanCampaignEntity : ITableEntity
{
    public const string Row = "campaign";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>yyyy-MM-dd, the last day to hand in.</summary>
    public string Deadline { get; set; } = "";
    public string OpenedBy { get; set; } = "";
    public DateTimeOffset OpenedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
