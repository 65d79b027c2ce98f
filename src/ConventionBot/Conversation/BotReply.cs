using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.Conversation;

/// <summary>
/// What a command or a card action answers: a card or a text. After a card action the card replaces the
/// one the user clicked; after a typed command it is sent as a new message.
/// </summary>
public sealed record BotReply
{
    private BotReply(AdaptiveCard? card, string? text) => (Card, Text) = (card, text);

    public AdaptiveCard? Card { get; }
    public string? Text { get; }

    public static BotReply WithCard(AdaptiveCard card) => new(card ?? throw new ArgumentNullException(nameof(card)), null);

    public static BotReply WithText(string text) => new(null, text ?? throw new ArgumentNullException(nameof(text)));
}
