using Azure.Core;
using ConventionBot.BotFramework.Authentication;
using Microsoft.Identity.Client;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Client credentials (app id + secret) against Entra, built once so MSAL's token cache is shared.</summary>
internal sealed class MsalTokenSource
{
    private static readonly string[] Scopes = [ConnectorConstants.BotFrameworkScope];

    private readonly IConfidentialClientApplication _application;

    /// <remarks>SingleTenant bots ask their own tenant (protocol §2.1); MultiTenant creation is deprecated and not supported.</remarks>
    public MsalTokenSource(BotAuthenticationOptions credentials, ConnectorOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        var tenant = credentials.MicrosoftAppTenantId;
        _application = ConfidentialClientApplicationBuilder.Create(credentials.MicrosoftAppId)
            .WithClientSecret(credentials.MicrosoftAppPassword)
            .WithAuthority(new Uri(options.TokenAuthorityHost, tenant), options.ValidateTokenAuthority)
            .WithInstanceDiscovery(options.ValidateTokenAuthority)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return new AccessToken(result.AccessToken, result.ExpiresOn);
    }
}
