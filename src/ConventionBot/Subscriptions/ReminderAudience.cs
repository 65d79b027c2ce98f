using ConventionBot.Access;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Subscriptions;

/// <summary>
/// Who receives reminders: every subscribed conversation, those of a party (<see cref="Subscription.PartyId"/>),
/// those subscribed by an admin, or given conversations (a chantier's contributors); each with its language.
/// </summary>
internal sealed class ReminderAudience(
    ISubscriptionStore subscriptions, ConversationReferenceStore references, AccessPolicy access) : IReminderAudience
{
    public async Task<IReadOnlyList<Recipient>> EveryoneAsync(CancellationToken cancellationToken) =>
        Recipients(await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<Recipient>> PartyAsync(string partyId, CancellationToken cancellationToken) =>
        Recipients((await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => string.Equals(s.PartyId, partyId, StringComparison.OrdinalIgnoreCase)));

    public async Task<IReadOnlyList<Recipient>> AdminsAsync(CancellationToken cancellationToken) =>
        Recipients((await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => access.IsAdmin(s.SubscriberAadObjectId)));

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
