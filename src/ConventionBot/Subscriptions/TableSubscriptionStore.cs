using Azure.Data.Tables;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Storage;

namespace ConventionBot.Subscriptions;

/// <summary>Subscriptions in Table Storage, one partition: a few hundred rows at most, read in one or two pages.</summary>
internal sealed class TableSubscriptionStore(TableProvider tables) : ISubscriptionStore
{
    public const string TableName = "Subscriptions";

    public async Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(ToEntity(subscription), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task UnsubscribeAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(SubscriptionEntity.Partition, TableKey.Escape(conversationId), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<Subscription?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<SubscriptionEntity>(
            SubscriptionEntity.Partition, TableKey.Escape(conversationId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ToSubscription(found.Value!) : null;
    }

    public async Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        var inactive = await InactiveConversationsAsync(cancellationToken).ConfigureAwait(false);
        return [.. (await ListAllAsync(cancellationToken).ConfigureAwait(false)).Where(s => !inactive.Contains(s.ConversationId))];
    }

    public async Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SubscriptionEntity.Partition}");
        var subscriptions = new List<Subscription>();
        await foreach (var entity in table.QueryAsync<SubscriptionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            subscriptions.Add(ToSubscription(entity));
        }
        return subscriptions;
    }

    // One query for the few inactive references rather than one read per subscription. It reads the
    // conversation memory's table (public row type, read only): ConversationReferenceStore has no list method.
    private async Task<HashSet<string>> InactiveConversationsAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(ConversationReferenceStore.TableName, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ConversationReferenceEntity.Partition} and IsActive eq {false}");
        var inactive = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<ConversationReferenceEntity>(
            filter, select: [nameof(ConversationReferenceEntity.ConversationId)], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            inactive.Add(entity.ConversationId);
        }
        return inactive;
    }

    private static SubscriptionEntity ToEntity(Subscription subscription) => new()
    {
        RowKey = TableKey.Escape(subscription.ConversationId),
        ConversationId = subscription.ConversationId,
        ConversationType = subscription.ConversationType,
        PartyId = subscription.PartyId,
        SubscriberAadObjectId = subscription.SubscriberAadObjectId,
        SubscribedAt = subscription.SubscribedAt,
        Language = subscription.Language.ToString(),
    };

    private static Subscription ToSubscription(SubscriptionEntity entity) => new(
        entity.ConversationId,
        entity.ConversationType,
        entity.PartyId,
        entity.SubscriberAadObjectId,
        entity.SubscribedAt,
        Enum.TryParse<Language>(entity.Language, out var language) ? language : Language.French);
}
