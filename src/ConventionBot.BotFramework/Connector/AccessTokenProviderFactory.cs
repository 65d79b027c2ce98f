using Azure.Core;
using ConventionBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Chooses the token provider from MicrosoftAppId / MicrosoftAppType.</summary>
internal static class AccessTokenProviderFactory
{
    public static IAccessTokenProvider Create(IServiceProvider services)
    {
        var credentials = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (string.IsNullOrEmpty(credentials.MicrosoftAppId))
        {
            return new NoAccessTokenProvider();
        }

        Func<CancellationToken, Task<AccessToken>> acquire = credentials.MicrosoftAppType == BotAppType.UserAssignedMSI
            ? new ManagedIdentityTokenSource(credentials.MicrosoftAppId!).AcquireAsync
            : new MsalTokenSource(
                credentials,
                services.GetRequiredService<IOptions<ConnectorOptions>>().Value,
                new MsalHttpClientFactory(services.GetRequiredService<IHttpClientFactory>())).AcquireAsync;
        return new CachedAccessTokenProvider(
            acquire,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<CachedAccessTokenProvider>>());
    }
}
