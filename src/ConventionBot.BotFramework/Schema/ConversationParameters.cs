namespace ConventionBot.BotFramework.Schema;

/// <summary>The body of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public object? ChannelData { get; set; }

    /// <summary>The Teams 1:1 chat shape: bot <c>28:…</c>, one user <c>29:…</c>, tenant at top level and in channelData.</summary>
    public static ConversationParameters ForTeamsPersonalChat(string botId, string userId, string tenantId) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = botId },
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
    };
}
