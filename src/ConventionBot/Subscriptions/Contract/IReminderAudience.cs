using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions.Contract;

/// <summary>
/// Who receives reminders and alerts: the contract through which other features read the subscriptions, registered
/// once by <c>AddSubscriptions()</c>. Every list holds a conversation once, with the language to write to it in.
/// Subscriptions are per convention: the lists name the convention (its definition's id) whose reminder is sent, and
/// hold only the conversations subscribed to it; a convention the catalog does not know has nobody.
/// </summary>
public interface IReminderAudience
{
    /// <summary>Every active conversation subscribed to <paramref name="conventionId"/>.</summary>
    Task<IReadOnlyList<Recipient>> EveryoneAsync(string conventionId, CancellationToken cancellationToken);

    /// <summary>Active conversations subscribed to <paramref name="conventionId"/> that speak for <paramref name="partyId"/> (e.g. <c>arhlm</c>, <c>metropole</c>).</summary>
    Task<IReadOnlyList<Recipient>> PartyAsync(string conventionId, string partyId, CancellationToken cancellationToken);

    /// <summary>
    /// Active conversations an admin subscribed to <paramref name="conventionId"/> (in Development with no admin
    /// configured, all of them, as everyone is admin there).
    /// </summary>
    Task<IReadOnlyList<Recipient>> AdminsAsync(string conventionId, CancellationToken cancellationToken);

    /// <summary>The conversations among <paramref name="conversationIds"/> the bot can still reach, in their last known Teams language.</summary>
    Task<IReadOnlyList<Recipient>> ReachableAsync(IEnumerable<string> conversationIds, CancellationToken cancellationToken);
}

/// <summary>A conversation to notify, the language to write to it in, and its stored reference (null when none is stored).</summary>
public sealed record Recipient(string ConversationId, Language Language, StoredConversation? Conversation);
