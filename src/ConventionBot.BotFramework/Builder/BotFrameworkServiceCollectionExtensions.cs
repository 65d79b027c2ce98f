using ConventionBot.BotFramework.Authentication;
using ConventionBot.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.BotFramework.Builder;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// The whole protocol: inbound authentication, the Connector client and the <see cref="CloudAdapter"/>
    /// that runs turns for <c>/api/messages</c>. The app registers its <see cref="IBot"/> and, optionally,
    /// <see cref="ITurnErrorHandler"/>s.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        services.AddBotAuthentication();
        services.AddBotConnector();
        services.AddOptions<BotAdapterOptions>()
            .BindConfiguration(BotAdapterOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<TurnTaskTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnTaskTracker>());
        services.TryAddSingleton<CloudAdapter>();
        return services;
    }
}
