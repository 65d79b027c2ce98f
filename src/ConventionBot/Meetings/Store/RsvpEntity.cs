using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Meetings;

/// <summary>One row per person and meeting (partition = meeting id), so answering never conflicts with an edit.</summary>
internal sealed class RsvpEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string MeetingId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string? Name { get; set; }
    public bool Attending { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
}
