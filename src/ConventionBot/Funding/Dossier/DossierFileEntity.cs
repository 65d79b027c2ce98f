using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Funding;

/// <summary>A dossier file's row: partition = the year's partition key, row = <c>{itemId}|{uploadId}</c>.</summary>
public sealed class DossierFileEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConventionId { get; set; } = "";
    public int Year { get; set; }
    public string ItemId { get; set; } = "";
    public string UploadId { get; set; } = "";
    public string FileName { get; set; } = "";
    public long Size { get; set; }
    public string ContentType { get; set; } = "";
    public string? By { get; set; }
    public string? ByAadObjectId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? RejectedReason { get; set; }
    public string? RejectedBy { get; set; }
    public string? RejectedByAadObjectId { get; set; }
    public DateTimeOffset? RejectedAt { get; set; }
}
