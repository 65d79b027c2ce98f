using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions;

/// <summary>
/// A conversation that asked (<c>abonner</c>) to receive reminders and alerts.
/// <see cref="PartyId"/> is the convention party it speaks for (<c>metropole</c>, <c>arhlm</c>) when known;
/// <see cref="SubscriberAadObjectId"/> is who subscribed it, so admin-only alerts can target admins' chats;
/// <see cref="Language"/> is the subscriber's Teams language, for renderers to write in.
/// </summary>
public sealed record Subscription(
    string ConversationId,
    string ConversationType,
    string? PartyId,
    string? SubscriberAadObjectId,
    DateTimeOffset SubscribedAt,
    Language Language = Language.French);
