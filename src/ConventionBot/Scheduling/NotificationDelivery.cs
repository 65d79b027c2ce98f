using ConventionBot.Conversation;

namespace ConventionBot.Scheduling;

/// <summary>One message of a notification, to one stored conversation.</summary>
/// <param name="Conversation">
/// The stored conversation, as read by whoever listed the recipients (<c>ReminderAudience</c>), so the sender reads
/// nothing per recipient; null when not read (the fan-out then reads the pass's missing ones in one query) or not stored.
/// </param>
public sealed record NotificationDelivery(string ConversationId, BotReply Message, StoredConversation? Conversation = null);
