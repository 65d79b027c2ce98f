using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Subscriptions;

/// <summary>
/// One conversation's subscription to one convention, keyed <c>{conversation}|{convention}</c> (<c>TableKey.Join</c>), so a
/// conversation's rows are one key range. A row written before subscriptions were per convention is keyed by the escaped
/// conversation id alone and has no <see cref="ConventionId"/> (what it means: <see cref="Subscription.IsFor"/>).
/// </summary>
internal sealed class SubscriptionEntity : ITableEntity
{
    public const string Partition = "subscription";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationId { get; set; } = "";
    public string? ConventionId { get; set; }
    public string ConversationType { get; set; } = "";
    public string? PartyId { get; set; }
    public string? SubscriberAadObjectId { get; set; }
    public DateTimeOffset SubscribedAt { get; set; }
    public string Language { get; set; } = "";
}
