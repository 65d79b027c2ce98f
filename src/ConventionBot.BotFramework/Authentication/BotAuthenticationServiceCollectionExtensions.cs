using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>Registers inbound Bot Framework authentication.</summary>
public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotAuthenticationOptions"/> from the configuration root, validated at start-up
    /// against the host environment (<c>IHostEnvironment</c> must be registered, as every host does),
    /// and registers <see cref="IBotAuthenticator"/> as a singleton.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotAuthenticationOptions>()
            .BindConfiguration(BotAuthenticationOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddHttpClient(OpenIdMetadataCache.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<JwtTokenValidator>();
        services.TryAddSingleton<IBotAuthenticator, BotAuthenticator>();
        return services;
    }
}
