using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions.Contract;

/// <summary>
/// Who receives reminders and alerts: the contract through which other features read the subscriptions, registered
/// once by <c>AddSubscriptions()</c>. Every list holds a conversation once, with the language to write to it in.
/// </summary>
public interface IReminderAudience
{
    /// <summary>Every active subscribed conversation.</summary>
    Task<IReadOnlyList<Recipient>> EveryoneAsync(CancellationToken cancellationToken);

    /// <summary>Active subscribed conversations that speak for <paramref name="partyId"/> (e.g. <c>arhlm</c>, <c>metropole</c>).</summary>
    Task<IReadOnlyList<Recipient>> PartyAsync(string partyId, CancellationToken cancellationToken);

    /// <summary>Active subscribed conversations an admin subscribed (in Development with no admin configured, all, as everyone is admin there).</summary>
    Task<IReadOnlyList<Recipient>> AdminsAsync(CancellationToken cancellationToken);

    /// <summary>The conversations among <paramref name="conversationIds"/> the bot can still reach, in their last known Teams language.</summary>
    Task<IReadOnlyList<Recipient>> ReachableAsync(IEnumerable<string> conversationIds, CancellationToken cancellationToken);
}

/// <summary>A conversation to notify, the language to write to it in, and its stored reference (null when none is stored).</summary>
public sealed record Recipient(string ConversationId, Language Language, StoredConversation? Conversation);
