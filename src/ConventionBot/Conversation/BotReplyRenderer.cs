using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace ConventionBot.Conversation;

/// <summary>Turns a <see cref="BotReply"/> into what goes on the wire, enforcing the card size cap (<c>Bot:MaxCardBytes</c>).</summary>
public sealed class BotReplyRenderer(IOptions<BotAdapterOptions> options)
{
    private readonly int _maxCardBytes = options.Value.MaxCardBytes;

    /// <summary>A message activity: the card as an attachment, or the text.</summary>
    public Activity ToActivity(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Card is { } card ? MessageFactory.Attachment(ToAttachment(card)) : MessageFactory.Text(reply.Text!);
    }

    /// <summary>The card, serialized once: the attachment can be reused across activities.</summary>
    public Attachment ToAttachment(AdaptiveCard card) =>
        new() { ContentType = AdaptiveCard.ContentType, Content = AdaptiveCardJson.ToJsonElement(card, _maxCardBytes) };

    /// <summary>The answer to an Action.Execute: the card replaces the clicked one, a text is shown to the user.</summary>
    public AdaptiveCardInvokeResponse ToInvokeResponse(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Card is { } card ? InvokeResponses.Card(card, _maxCardBytes) : InvokeResponses.Message(reply.Text!);
    }
}
