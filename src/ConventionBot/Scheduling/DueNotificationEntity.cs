using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Scheduling;

/// <summary>
/// A pending notification in the due queue (<c>d|ticks|key</c>): row keys sort by due instant, so "due now" is one
/// range query. The lease (owner, expiry) says which instance is sending it.
/// </summary>
internal sealed class DueNotificationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = ScheduleKeys.Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public string Payload { get; set; } = "";

    /// <summary>See <see cref="ScheduledNotification.Series"/>; null on rows written before series existed.</summary>
    public string? Series { get; set; }

    /// <summary>Passes already made over this notification (0 before the first).</summary>
    public int Passes { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    public ScheduledNotification ToNotification() => new(Kind, Key, DueAt, Payload, Series);
}
