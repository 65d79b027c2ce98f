using Azure.Core;
using Azure.Identity;

namespace ConventionBot.BotFramework.Connector;

/// <summary>UserAssignedMSI: the bot's app id is the client id of a user-assigned managed identity.</summary>
internal sealed class ManagedIdentityTokenSource(string clientId)
{
    private static readonly TokenRequestContext Request = new([ConnectorConstants.BotFrameworkScope]);

    private readonly ManagedIdentityCredential _credential = new(ManagedIdentityId.FromUserAssignedClientId(clientId));

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken) =>
        await _credential.GetTokenAsync(Request, cancellationToken).ConfigureAwait(false);
}
