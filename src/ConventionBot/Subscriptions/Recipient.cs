using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Subscriptions;

/// <summary>A conversation to notify, the language to write to it in, and its stored reference (null when none is stored).</summary>
public sealed record Recipient(string ConversationId, Language Language, StoredConversation? Conversation);
