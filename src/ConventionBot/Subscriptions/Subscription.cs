using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions;

/// <summary>
/// A conversation that asked (<c>abonner</c>) to receive one convention's reminders and alerts; a conversation has one
/// per convention it follows. <see cref="ConventionId"/> is null only for a row written before subscriptions were per
/// convention (see <see cref="IsFor"/>).
/// <see cref="PartyId"/> is the convention party it speaks for (<c>metropole</c>, <c>arhlm</c>, <c>cua</c>) when known;
/// <see cref="SubscriberAadObjectId"/> is who subscribed it, so admin-only alerts can target admins' chats;
/// <see cref="Language"/> is the subscriber's Teams language, for renderers to write in.
/// </summary>
public sealed record Subscription(
    string ConversationId,
    string? ConventionId,
    string ConversationType,
    string? PartyId,
    string? SubscriberAadObjectId,
    DateTimeOffset SubscribedAt,
    Language Language = Language.French)
{
    /// <summary>
    /// Whether this subscription brings <paramref name="convention"/>'s reminders. A legacy row (no convention) dates
    /// from when the bot knew one convention, but does not say which, and which was the default the day it was written
    /// depends on the definitions loaded that day, which nobody recorded. Its party is the one fact it holds: with a
    /// party, it stands for every convention that has that party (<c>metropole</c>, <c>arhlm</c>: the 2022-2024 one
    /// today); without, for every convention, because a reminder lost is silent while one too many names its convention
    /// and is stopped with <c>désabonner</c> followed by that convention. The conversation's next <c>abonner</c> or
    /// <c>désabonner</c> replaces it with one row per convention it stood for (<see cref="SubscriptionChanges"/>).
    /// </summary>
    public bool IsFor(ConventionDefinition convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return ConventionId is { } id
            ? string.Equals(id, convention.Id, StringComparison.OrdinalIgnoreCase)
            : PartyId is null || convention.Parties.Any(p => string.Equals(p.Id, PartyId, StringComparison.OrdinalIgnoreCase));
    }
}
