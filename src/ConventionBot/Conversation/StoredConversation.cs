using ConventionBot.BotFramework.Schema;

namespace ConventionBot.Conversation;

/// <summary>A stored conversation: where to send, and whether the bot is still in it.</summary>
public sealed record StoredConversation(ConversationReference Reference, string? TenantId, string? UserAadObjectId, bool IsActive);
