namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// The one place a failed turn ends up (Microsoft.Bot.Builder's <c>OnTurnError</c>): it tells the user and,
/// for an invoke, may set <see cref="ITurnContext.InvokeResponse"/>. The adapter has already logged the exception.
/// </summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
