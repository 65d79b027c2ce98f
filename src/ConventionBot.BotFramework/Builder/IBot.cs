namespace ConventionBot.BotFramework.Builder;

/// <summary>The bot's logic for one turn (Microsoft.Bot.Builder <c>IBot</c>).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
