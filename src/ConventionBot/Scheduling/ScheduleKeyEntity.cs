using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Scheduling;

/// <summary>
/// A notification by its key (<c>k|key</c>): makes scheduling idempotent, lets a key prefix be cancelled, and stays
/// as <c>done</c> once sent so that scheduling the same key again sends nothing.
/// </summary>
internal sealed class ScheduleKeyEntity : ITableEntity
{
    public const string Pending = "pending";
    public const string Done = "done";

    public string PartitionKey { get; set; } = ScheduleKeys.Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public string State { get; set; } = Pending;

    /// <summary>The row of the due queue that carries this notification while it is pending.</summary>
    public string DueRowKey { get; set; } = "";
    public DateTimeOffset? CompletedAt { get; set; }
}
