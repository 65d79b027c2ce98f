namespace ConventionBot.Conversation;

/// <summary>Who is talking to the bot, from where, and what they may do.</summary>
public sealed record Caller(
    string? AadObjectId,
    string? Name,
    string? TenantId,
    bool IsAdmin,
    bool IsAllowed,
    Language Language,
    string ConversationId,
    string ConversationType);
