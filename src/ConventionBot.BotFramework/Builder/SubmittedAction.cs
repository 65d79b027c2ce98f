using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// The Action.Submit fallback of an Action.Execute: a message whose value carries the verb. It is read as
/// the same action, and its answer delivered as the invoke's would be: the card replaced, or a message (none when
/// the handler already sent its answer as a new message).
/// </summary>
internal static class SubmittedAction
{
    public static bool TryRead(JsonElement? value, [NotNullWhen(true)] out AdaptiveCardInvokeAction? action)
    {
        action = value is { ValueKind: JsonValueKind.Object } data
                 && data.TryGetProperty(AdaptiveExecuteAction.FallbackVerbKey, out var verb)
                 && verb.ValueKind == JsonValueKind.String
            ? new AdaptiveCardInvokeAction { Type = "Action.Submit", Verb = verb.GetString(), Data = data }
            : null;
        return action is not null;
    }

    public static Task DeliverAsync(ITurnContext turnContext, AdaptiveCardInvokeResponse response, CancellationToken cancellationToken)
    {
        if (response.Type == InvokeResponses.CardContentType)
        {
            var card = MessageFactory.Attachment(new Attachment { ContentType = InvokeResponses.CardContentType, Content = response.Value });
            if (turnContext.Activity.ReplyToId is { Length: > 0 } cardMessageId)
            {
                card.Id = cardMessageId;
                return turnContext.UpdateActivityAsync(card, cancellationToken);
            }
            return turnContext.SendActivityAsync(card, cancellationToken);
        }
        if (turnContext.Responded)
        {
            // The handler already answered with a new message (a card opened from this one): the invoke's
            // message only points at it, which a fallback client needs not read twice.
            return Task.CompletedTask;
        }
        var text = response.Value switch
        {
            string message => message,
            InvokeResponses.InvokeError error => error.Message,
            var other => other?.ToString() ?? string.Empty,
        };
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }
}
