using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions;

/// <summary>A conversation to notify, and the language to write to it in.</summary>
public sealed record Recipient(string ConversationId, Language Language);
