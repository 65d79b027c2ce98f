using System.Collections.Concurrent;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Conversation;

namespace ConventionBot.Scheduling;

/// <summary>
/// The cards of one notification pass, each serialized once however many conversations it goes to (renderers hand the
/// same reply to every conversation of a language). Each send gets its own activity, which the messenger addresses,
/// around the shared attachment.
/// </summary>
internal sealed class SerializedCards(BotReplyRenderer renderer)
{
    private readonly ConcurrentDictionary<BotReply, Lazy<Attachment>> _attachments = new(ReferenceEqualityComparer.Instance);

    /// <exception cref="CardTooLargeException">The card is over the size cap (for every delivery of it).</exception>
    public Activity ActivityFor(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Card is { } card
            ? MessageFactory.Attachment(_attachments.GetOrAdd(reply, _ => new Lazy<Attachment>(() => renderer.ToAttachment(card))).Value)
            : MessageFactory.Text(reply.Text!);
    }
}
