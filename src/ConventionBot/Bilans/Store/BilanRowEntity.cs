using Azure.Data.Tables;
using Azure;
using ConventionBot.Bilans.Contract;

namespace ConventionBot.Bilans;

/// <summary>
/// A chantier's current bilan (row key <c>chantier|03</c>) or one of its kept versions
/// (<c>history|03|000007</c>), in the year's partition so both are written in one transaction. The campaign row
/// (written as a <see cref="BilanCampaignEntity"/>) and the year's contribution row (written by the funding feature,
/// row key <see cref="BilanKeys.Contribution"/>) are read as one too, so one query returns the whole year.
/// </summary>
public sealed class BilanRowEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Chantier { get; set; }
    public BilanStatus Status { get; set; }
    public BilanEvent Event { get; set; }
    public int Version { get; set; }

    /// <summary>Modality numbers, comma-separated.</summary>
    public string Modalities { get; set; } = "";
    public string Actions { get; set; } = "";

    /// <summary>JSON object of figure id to whole number.</summary>
    public string Figures { get; set; } = "{}";
    public string Difficulties { get; set; } = "";
    public string Outlook { get; set; } = "";
    public BilanProgress? Progress { get; set; }
    public string By { get; set; } = "";
    public string? ByAadObjectId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }

    /// <summary>Who made the review <see cref="Comment"/> belongs to, and when (null on rows written before they were kept).</summary>
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>JSON array of <see cref="Contributor"/>s (current row only).</summary>
    public string Contributors { get; set; } = "[]";

    /// <summary>Campaign row only (null, so not written, on chantier rows): see <see cref="BilanCampaignEntity"/>.</summary>
    public string? Deadline { get; set; }
    public string? OpenedBy { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>Contribution row only (null, so not written, on the other rows): the funding feature's fields, read back by it.</summary>
    public string? CallSentOn { get; set; }
    public string? Documents { get; set; }
    public string? Decision { get; set; }
    public string? ReducedAmount { get; set; }
    public string? Reason { get; set; }
    public string? PaidOn { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Delay row only: see <see cref="BilanDelayEntity"/>.</summary>
    public string? Delay { get; set; }
}
