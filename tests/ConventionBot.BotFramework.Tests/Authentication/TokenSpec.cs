using ConventionBot.BotFramework.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Tests.Authentication;

/// <summary>What to put in a test token; defaults describe a valid Teams channel token.</summary>
internal sealed record TokenSpec(TestSigningKey Key)
{
    /// <summary>How the token is signed; the key's RS256 credentials unless a test forges something else.</summary>
    public SigningCredentials Credentials { get; init; } = Key.Credentials;

    public string Issuer { get; init; } = AuthenticationConstants.ToBotFromChannelTokenIssuer;

    public string? Audience { get; init; } = AuthenticationHarness.AppId;

    /// <summary>nbf relative to the harness clock.</summary>
    public TimeSpan NotBefore { get; init; } = TimeSpan.FromMinutes(-5);

    /// <summary>exp relative to the harness clock.</summary>
    public TimeSpan Expires { get; init; } = TimeSpan.FromHours(1);

    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>
    {
        [AuthenticationConstants.ServiceUrlClaim] = AuthenticationHarness.ServiceUrl,
    };
}
