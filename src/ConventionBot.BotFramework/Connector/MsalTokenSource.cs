using Azure.Core;
using Microsoft.Identity.Client;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Client credentials (app id + secret) against Entra, built once so MSAL's token cache is shared.</summary>
internal sealed class MsalTokenSource
{
    // MultiTenant bots ask the botframework.com tenant; SingleTenant bots their own (protocol §2.1).
    private const string MultiTenantAuthorityTenant = "botframework.com";

    private static readonly string[] Scopes = [ConnectorConstants.BotFrameworkScope];

    private readonly IConfidentialClientApplication _application;

    public MsalTokenSource(BotCredentialsSettings credentials, ConnectorOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        var tenant = credentials.Is(BotCredentialsSettings.SingleTenant)
            ? credentials.MicrosoftAppTenantId
            : MultiTenantAuthorityTenant;
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
