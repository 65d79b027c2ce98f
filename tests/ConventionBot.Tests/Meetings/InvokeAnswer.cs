using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.Tests.Meetings;

/// <summary>The body of an <c>adaptiveCard/action</c> answer: a card to show in place of the clicked one, or a message.</summary>
internal sealed record InvokeAnswer(JsonElement Body)
{
    public bool IsCard => Body.GetProperty("type").GetString() == AdaptiveCard.ContentType;

    public JsonElement Card => IsCard ? Body.GetProperty("value") : throw new InvalidOperationException("The answer is a message: " + Body);

    public string Message => Body.GetProperty("value").GetString()!;

    /// <summary>Every string of the card, one per line, for Contains assertions.</summary>
    public string Text => CardText.Of(Card);

    /// <summary>The data of the card's button with that verb.</summary>
    public JsonObject DataOf(string verb) => CardText.DataOf(Card, verb);
}
