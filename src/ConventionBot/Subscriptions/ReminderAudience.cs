using ConventionBot.Access;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Subscriptions;

/// <summary>
/// Who receives a convention's reminders: the conversations subscribed to it (<see cref="Subscription.IsFor"/>, legacy
/// rows included), all of them, those of a party (<see cref="Subscription.PartyId"/>), those
/// subscribed by an admin, or given conversations (a chantier's contributors); each with its language and its stored
/// conversation reference, read for all of them in one query, which the notification's deliveries carry to the sender.
/// </summary>
internal sealed class ReminderAudience(
    ISubscriptionStore subscriptions, ConventionCatalog catalog, ConversationReferenceStore references, AccessPolicy access) : IReminderAudience
{
    public async Task<IReadOnlyList<Recipient>> EveryoneAsync(string conventionId, CancellationToken cancellationToken) =>
        await RecipientsAsync(await SubscribedAsync(conventionId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Recipient>> PartyAsync(string conventionId, string partyId, CancellationToken cancellationToken) =>
        await RecipientsAsync((await SubscribedAsync(conventionId, cancellationToken).ConfigureAwait(false))
            .Where(s => string.Equals(s.PartyId, partyId, StringComparison.OrdinalIgnoreCase)), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Recipient>> AdminsAsync(string conventionId, CancellationToken cancellationToken) =>
        await RecipientsAsync((await SubscribedAsync(conventionId, cancellationToken).ConfigureAwait(false))
            .Where(s => access.IsAdmin(s.SubscriberAadObjectId)), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Recipient>> ReachableAsync(IEnumerable<string> conversationIds, CancellationToken cancellationToken)
    {
        var ids = conversationIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var stored = await references.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. ids
            .Where(id => stored.TryGetValue(id, out var conversation) && conversation.IsActive)
            .Select(id => new Recipient(id, LanguageExtensions.FromLocale(stored[id].Reference.Locale), stored[id]))];
    }

    private async Task<IEnumerable<Subscription>> SubscribedAsync(string conventionId, CancellationToken cancellationToken)
    {
        if (catalog.Find(conventionId) is not { } convention)
        {
            return [];
        }
        return (await subscriptions.ListAllAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.IsFor(convention));
    }

    // As ISubscriptionStore.ListActiveAsync, those whose reference was marked inactive are left out; that reference
    // read is the one the deliveries carry, so a notification reads the references once in all.
    private async Task<IReadOnlyList<Recipient>> RecipientsAsync(IEnumerable<Subscription> subscriptions, CancellationToken cancellationToken)
    {
        var distinct = subscriptions.DistinctBy(s => s.ConversationId, StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return [];
        }
        var stored = await references.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. distinct
            .Where(s => stored.GetValueOrDefault(s.ConversationId) is not { IsActive: false })
            .Select(s => new Recipient(s.ConversationId, s.Language, stored.GetValueOrDefault(s.ConversationId)))];
    }
}
