namespace ConventionBot.Conversation;

internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Activity from tenant {TenantId}, which is not allowed, refused.")]
    public static partial void TenantRefused(ILogger logger, string tenantId);
}
