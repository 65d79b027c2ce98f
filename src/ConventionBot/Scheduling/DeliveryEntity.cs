using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Scheduling;

/// <summary>
/// One message of one notification to one conversation: partition = the notification's escaped key,
/// row = the escaped conversation id. Its state makes the fan-out resumable without sending twice.
/// </summary>
internal sealed class DeliveryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationId { get; set; } = "";

    /// <summary>One of <see cref="DeliveryState"/>.</summary>
    public string State { get; set; } = DeliveryState.Pending;

    /// <summary>Why it was not sent (<c>no-reference</c>, <c>inactive</c>, <c>not-targeted</c>) or the last error.</summary>
    public string? Reason { get; set; }
    public int Attempts { get; set; }
    public int? LastStatus { get; set; }
    public string? ActivityId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
