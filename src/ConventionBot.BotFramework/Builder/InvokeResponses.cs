using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>The bodies of an <c>adaptiveCard/action</c> answer (Universal Action Model).</summary>
public static class InvokeResponses
{
    public const string ExecuteActionType = "Action.Execute";
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MessageContentType = "application/vnd.microsoft.activity.message";
    public const string ErrorContentType = "application/vnd.microsoft.error";

    /// <summary>Replaces the card the user acted on.</summary>
    public static AdaptiveCardInvokeResponse Card(AdaptiveCard card, int maxBytes = CardSizeGuard.DefaultMaxBytes) =>
        new() { StatusCode = 200, Type = CardContentType, Value = AdaptiveCardJson.ToJsonElement(card, maxBytes) };

    /// <summary>Shows a short message to the user who acted.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = 200, Type = MessageContentType, Value = text };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = ErrorContentType, Value = new InvokeError(code, message) };

    /// <summary>The <c>value</c> of an error answer.</summary>
    public sealed record InvokeError(string Code, string Message);
}
