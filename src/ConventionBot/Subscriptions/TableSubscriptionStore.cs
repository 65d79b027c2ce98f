using Azure.Data.Tables;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Storage;

namespace ConventionBot.Subscriptions;

/// <summary>Subscriptions in Table Storage, one partition: a few hundred rows at most, read in one or two pages; a conversation's rows are one key range.</summary>
internal sealed class TableSubscriptionStore(TableProvider tables) : ISubscriptionStore
{
    public const string TableName = "Subscriptions";

    public async Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentException.ThrowIfNullOrEmpty(subscription.ConventionId, nameof(subscription));
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(ToEntity(subscription), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Subscription>> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var (after, before) = TableKey.FirstPartRange(conversationId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {SubscriptionEntity.Partition} and (RowKey eq {TableKey.Escape(conversationId)} or (RowKey gt {after} and RowKey lt {before}))");
        var found = new List<Subscription>();
        await foreach (var entity in table.QueryAsync<SubscriptionEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // '|' is not escaped: an id that contains it ("a:x|y") would share the range of "a:x".
            if (entity.ConversationId == conversationId)
            {
                found.Add(ToSubscription(entity));
            }
        }
        return found;
    }

    // One by one rather than in a transaction: a delete of a row already gone (a double click) is a no-op alone but would
    // fail a whole transaction; writes go first, so a failure midway leaves a row too many (the legacy row, standing for
    // the same conventions), never a subscription lost.
    public async Task ReplaceAsync(IReadOnlyList<Subscription> before, IReadOnlyList<Subscription> after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        foreach (var changed in after.Where(s => !before.Contains(s)))
        {
            await table.UpsertEntityAsync(ToEntity(changed), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        var keys = after.Select(RowKey).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in before.Select(RowKey).Where(key => !keys.Contains(key)))
        {
            await table.DeleteEntityAsync(SubscriptionEntity.Partition, gone, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
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
        RowKey = RowKey(subscription),
        ConversationId = subscription.ConversationId,
        ConventionId = subscription.ConventionId,
        ConversationType = subscription.ConversationType,
        PartyId = subscription.PartyId,
        SubscriberAadObjectId = subscription.SubscriberAadObjectId,
        SubscribedAt = subscription.SubscribedAt,
        Language = subscription.Language.ToString(),
    };

    private static string RowKey(Subscription subscription) => subscription.ConventionId is { } conventionId
        ? TableKey.Join(subscription.ConversationId, conventionId)
        : TableKey.Escape(subscription.ConversationId);

    private static Subscription ToSubscription(SubscriptionEntity entity) => new(
        entity.ConversationId,
        string.IsNullOrEmpty(entity.ConventionId) ? null : entity.ConventionId,
        entity.ConversationType,
        entity.PartyId,
        entity.SubscriberAadObjectId,
        entity.SubscribedAt,
        Enum.TryParse<Language>(entity.Language, out var language) ? language : Language.French);
}
