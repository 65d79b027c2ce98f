using ConventionBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Registers the outbound Connector client.</summary>
public static class BotConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IConnectorClient"/>, <see cref="ProactiveMessenger"/> and <see cref="IAccessTokenProvider"/>.
    /// Binds <see cref="ConnectorOptions"/> from section <c>Connector</c>; the bot identity comes from
    /// <see cref="BotAuthenticationOptions"/> (root keys MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId).
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorEnvironmentValidator>());
        // The bot identity (MicrosoftAppId, …) is BotAuthenticationOptions: one set of keys, validated once, for both directions.
        services.AddBotAuthentication();
        services.TryAddSingleton(TimeProvider.System);

        // Polly owns the per-attempt timeout; HttpClient's own 100 s limit would cut across retries.
        // ConnectorLog records each call; the factory's own logging handlers would add a scope and two log checks per call.
        services.AddHttpClient(ConnectorSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddHttpClient(MsalHttpClientFactory.ClientName);

        services.TryAddSingleton<IAccessTokenProvider>(AccessTokenProviderFactory.Create);
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<ConversationRateLimiter>();
        services.AddMetrics();
        services.TryAddSingleton<ConnectorInstrumentation>();
        services.TryAddSingleton<ConnectorResilience>();
        services.TryAddSingleton<ConnectorSender>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<ProactiveMessenger>();
        return services;
    }
}
