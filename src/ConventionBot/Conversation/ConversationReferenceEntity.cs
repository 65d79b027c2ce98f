using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Conversation;

/// <summary>A conversation the bot can message later: one row per conversation.</summary>
public sealed class ConversationReferenceEntity : ITableEntity
{
    public const string Partition = "conversation";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationId { get; set; } = "";
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string ServiceUrl { get; set; } = "";
    public string? ChannelId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }

    /// <summary>Only kept for personal chats, where the user is the conversation; in groups it changes every message.</summary>
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? Locale { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}
