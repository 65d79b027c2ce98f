using ConventionBot.BotFramework.Schema;
using ConventionBot.Storage;

namespace ConventionBot.Conversation;

internal static class ConversationReferenceMapper
{
    public static ConversationReferenceEntity? FromActivity(Activity activity)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }
        var personal = activity.Conversation.ConversationType is null or "personal";
        return new ConversationReferenceEntity
        {
            RowKey = TableKey.Escape(conversationId),
            ConversationId = conversationId,
            ConversationType = activity.Conversation.ConversationType ?? "personal",
            TenantId = activity.Conversation.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id,
            ServiceUrl = serviceUrl,
            ChannelId = activity.ChannelId,
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            UserId = personal ? activity.From?.Id : null,
            UserName = personal ? activity.From?.Name : null,
            UserAadObjectId = personal ? activity.From?.AadObjectId : null,
            Locale = activity.Locale,
        };
    }

    public static StoredConversation ToStored(ConversationReferenceEntity entity) => new(
        new ConversationReference
        {
            ServiceUrl = entity.ServiceUrl,
            ChannelId = entity.ChannelId,
            Locale = entity.Locale,
            Bot = entity.BotId is null ? null : new ChannelAccount { Id = entity.BotId, Name = entity.BotName },
            User = entity.UserId is null ? null : new ChannelAccount { Id = entity.UserId, Name = entity.UserName, AadObjectId = entity.UserAadObjectId },
            Conversation = new ConversationAccount
            {
                Id = entity.ConversationId,
                ConversationType = entity.ConversationType,
                TenantId = entity.TenantId,
                IsGroup = entity.ConversationType is not "personal",
            },
        },
        entity.TenantId,
        entity.UserAadObjectId,
        entity.IsActive);
}
