using ConventionBot.BotFramework.Builder;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Calendar;

namespace ConventionBot.Conversation;

/// <summary>Tells the user, in their language, that their request failed; the adapter has logged why.</summary>
internal sealed class TurnErrorReplier : ITurnErrorHandler
{
    public Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        var language = LanguageExtensions.FromLocale(turnContext.Activity.Locale);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.InvokeResponse = new InvokeResponse
            {
                Status = 200,
                Body = InvokeResponses.Error(500, "InternalServerError", ConversationTexts.TurnFailed(language)),
            };
            return Task.CompletedTask;
        }
        return turnContext.SendActivityAsync(MessageFactory.Text(ConversationTexts.TurnFailed(language)), cancellationToken);
    }
}
