using ConventionBot.Access;
using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions;

/// <summary>
/// Who receives reminders: the subscribed conversations of a party (<see cref="Subscription.PartyId"/>), those
/// subscribed by an admin, or given conversations (a chantier's contributors); each with its language.
/// </summary>
public sealed class ReminderAudience(
    ISubscriptionStore subscriptions, ConversationReferenceStore references, AccessPolicy access)
{
    /// <summary>Active subscribed conversations that speak for <paramref name="partyId"/> (e.g. <c>arhlm</c>, <c>metropole</c>).</summary>
    public async Task<IReadOnlyList<Recipient>> PartyAsync(string partyId, CancellationToken cancellationToken) =>
        Recipients((await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => string.Equals(s.PartyId, partyId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Active subscribed conversations an admin subscribed (in Development with no admin configured, all, as everyone is admin there).</summary>
    public async Task<IReadOnlyList<Recipient>> AdminsAsync(CancellationToken cancellationToken) =>
        Recipients((await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => access.IsAdmin(s.SubscriberAadObjectId)));

    /// <summary>The conversations among <paramref name="conversationIds"/> the bot can still reach, in their last known Teams language.</summary>
    public async Task<IReadOnlyList<Recipient>> ReachableAsync(IEnumerable<string> conversationIds, CancellationToken cancellationToken)
    {
        var reachable = new List<Recipient>();
        foreach (var id in conversationIds.Distinct(StringComparer.Ordinal))
        {
            if (await references.FindAsync(id, cancellationToken).ConfigureAwait(false) is { IsActive: true } stored)
            {
                reachable.Add(new Recipient(id, LanguageExtensions.FromLocale(stored.Reference.Locale)));
            }
        }
        return reachable;
    }

    private static List<Recipient> Recipients(IEnumerable<Subscription> subscriptions) =>
        [.. subscriptions.DistinctBy(s => s.ConversationId, StringComparer.Ordinal).Select(s => new Recipient(s.ConversationId, s.Language))];
}
