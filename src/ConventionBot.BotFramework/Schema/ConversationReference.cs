namespace ConventionBot.BotFramework.Schema;

/// <summary>What must be stored to message a conversation later (proactive messages).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }

    /// <summary>The synthetic <c>event/ContinueConversation</c> activity used to resume a turn from this reference.</summary>
    public Activity GetContinuationActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = "ContinueConversation",
        Id = ActivityId,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        Locale = Locale,
        From = User,
        Recipient = Bot,
    };
}
