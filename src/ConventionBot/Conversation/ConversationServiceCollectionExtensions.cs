using ConventionBot.Access;
using ConventionBot.BotFramework.Builder;

namespace ConventionBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The Bot Framework protocol plus the bot's own turn handling and conversation memory.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddBotFramework();
        services.AddAccess();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName);
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<CardActionRouter>();
        services.AddSingleton<BotReplyRenderer>();
        services.AddSingleton<IBot, ConventionBotHandler>();
        services.AddSingleton<ITurnErrorHandler, TurnErrorReplier>();
        return services;
    }

    /// <summary><c>POST /api/messages</c> (and <c>HEAD</c>, which the Agents Playground uses as a probe).</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/api/messages", [HttpMethods.Post, HttpMethods.Head],
            (HttpContext context, CloudAdapter adapter, IBot bot) =>
                adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
}
