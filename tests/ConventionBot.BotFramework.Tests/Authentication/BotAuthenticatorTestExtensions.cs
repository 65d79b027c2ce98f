using ConventionBot.BotFramework.Authentication;

namespace ConventionBot.BotFramework.Tests.Authentication;

internal static class BotAuthenticatorTestExtensions
{
    /// <summary>Sends <paramref name="token"/> as <c>Bearer</c> with a Teams activity's channel and service URL.</summary>
    public static Task<AuthenticationResult> AuthenticateTokenAsync(
        this IBotAuthenticator authenticator,
        string token,
        string? channelId = AuthenticationHarness.ChannelId,
        string? serviceUrl = AuthenticationHarness.ServiceUrl) =>
        authenticator.AuthenticateAsync($"Bearer {token}", channelId, serviceUrl, CancellationToken.None);
}
