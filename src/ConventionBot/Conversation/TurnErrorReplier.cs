using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Calendar;
using ConventionBot.Storage;

namespace ConventionBot.Conversation;

/// <summary>
/// Tells the user, in their language, that their request failed; the adapter has logged why. A storage outage is said
/// as such: the data is temporarily unavailable, and a card action keeps the card as it was, with what was typed in it.
/// </summary>
internal sealed class TurnErrorReplier : ITurnErrorHandler
{
    public Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        var language = LanguageExtensions.FromLocale(turnContext.Activity.Locale);
        var outage = StorageFailure.IsUnavailable(exception);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            // An error answer to Action.Execute leaves the card in place: Teams shows the message above its inputs.
            turnContext.InvokeResponse = new InvokeResponse
            {
                Status = 200,
                Body = outage
                    ? InvokeResponses.Error(503, "ServiceUnavailable", ConversationTexts.StorageUnavailableOnCard(language))
                    : InvokeResponses.Error(500, "InternalServerError", ConversationTexts.TurnFailed(language)),
            };
            return Task.CompletedTask;
        }
        var text = outage ? ConversationTexts.StorageUnavailable(language) : ConversationTexts.TurnFailed(language);
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }
}
