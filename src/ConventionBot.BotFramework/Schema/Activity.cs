using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity (the Teams subset of Microsoft.Bot.Schema.Activity).
/// Unknown top-level fields are kept in <see cref="Properties"/> so they survive a round trip.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Summary { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public IList<Entity>? Entities { get; set; }

    /// <summary>A <see cref="TeamsChannelData"/> when received (read once with the activity); any serializable object when sent.</summary>
    public object? ChannelData { get; set; }

    /// <summary>Action.Submit data or invoke payload, kept as raw JSON.</summary>
    public JsonElement? Value { get; set; }

    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Creates an empty outgoing message activity.</summary>
    public static Activity CreateMessageActivity() => new() { Type = ActivityTypes.Message };

    /// <summary>Creates a message replying to this activity, addressed back to its sender.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        ReplyToId = Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation,
        Text = text,
        Locale = Locale,
    };
}
