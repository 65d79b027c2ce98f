using ConventionBot.Conversation;

namespace ConventionBot.Scheduling;

/// <summary>One message of a notification, to one stored conversation.</summary>
public sealed record NotificationDelivery(string ConversationId, BotReply Message);
