using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Subscriptions;

/// <summary>One subscribed conversation: one row, keyed by the escaped conversation id.</summary>
internal sealed class SubscriptionEntity : ITableEntity
{
    public const string Partition = "subscription";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationId { get; set; } = "";
    public string ConversationType { get; set; } = "";
    public string? PartyId { get; set; }
    public string? SubscriberAadObjectId { get; set; }
    public DateTimeOffset SubscribedAt { get; set; }
    public string Language { get; set; } = "";
}
