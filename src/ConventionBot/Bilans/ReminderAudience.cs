using ConventionBot.Access;
using ConventionBot.Conversation;
using ConventionBot.Subscriptions;
using Microsoft.Extensions.Options;

namespace ConventionBot.Bilans;

/// <summary>
/// Who receives reminders: the subscribed conversations of a party (<see cref="Subscription.PartyId"/>), those
/// subscribed by an admin, or given conversations; and the language each one speaks.
/// </summary>
public sealed class ReminderAudience(
    ISubscriptionStore subscriptions, ConversationReferenceStore references, IOptionsMonitor<AccessOptions> access, IHostEnvironment environment)
{
    /// <summary>Active subscribed conversations that speak for <paramref name="partyId"/> (e.g. <c>arhlm</c>, <c>metropole</c>).</summary>
    public async Task<IReadOnlyList<string>> PartyAsync(string partyId, CancellationToken cancellationToken) =>
        [.. (await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => string.Equals(s.PartyId, partyId, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.ConversationId).Distinct(StringComparer.Ordinal)];

    /// <summary>Active subscribed conversations that an admin subscribed (in Development with no admin configured, all of them, as everyone is admin there).</summary>
    public async Task<IReadOnlyList<string>> AdminsAsync(CancellationToken cancellationToken)
    {
        var admins = access.CurrentValue.Admins;
        var everyone = environment.IsDevelopment() && admins.Count == 0;
        return [.. (await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => everyone || (s.SubscriberAadObjectId is { } id && admins.Contains(id, StringComparer.OrdinalIgnoreCase)))
            .Select(s => s.ConversationId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The conversations among <paramref name="conversationIds"/> the bot can still reach.</summary>
    public async Task<IReadOnlyList<string>> ReachableAsync(IEnumerable<string> conversationIds, CancellationToken cancellationToken)
    {
        var reachable = new List<string>();
        foreach (var id in conversationIds.Distinct(StringComparer.Ordinal))
        {
            if (await references.FindAsync(id, cancellationToken).ConfigureAwait(false) is { IsActive: true })
            {
                reachable.Add(id);
            }
        }
        return reachable;
    }

    /// <summary>The language of the conversation's last known Teams locale (French when unknown).</summary>
    public async Task<Language> LanguageOfAsync(string conversationId, CancellationToken cancellationToken) =>
        LanguageExtensions.FromLocale((await references.FindAsync(conversationId, cancellationToken).ConfigureAwait(false))?.Reference.Locale);
}
