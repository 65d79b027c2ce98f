using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Funding;

/// <summary>A year's contribution row: partition = the year's bilan partition, row = <c>contribution</c> (before: table Funding, partition = convention, row = year).</summary>
public sealed class FundingEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? CallSentOn { get; set; }

    /// <summary>Document ids, comma-separated.</summary>
    public string Documents { get; set; } = "";
    public FundingDecision Decision { get; set; }

    /// <summary>Invariant decimal, e.g. 15000.50: Table Storage has no decimal type.</summary>
    public string? ReducedAmount { get; set; }
    public string? Reason { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? PaidOn { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
