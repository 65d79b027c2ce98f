using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Values of the Bot Framework inbound authentication protocol (names mirror
/// <c>Microsoft.Bot.Connector.Authentication.AuthenticationConstants</c>).
/// </summary>
public static class AuthenticationConstants
{
    /// <summary>The only scheme accepted in the <c>Authorization</c> header.</summary>
    public const string AuthorizationScheme = "Bearer";

    /// <summary>Issuer of the tokens Azure Bot Service sends to a bot.</summary>
    public const string ToBotFromChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>OpenID metadata whose <c>jwks_uri</c> lists the Bot Framework signing keys.</summary>
    public const string ToBotFromChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Placeholder replaced by <c>MicrosoftAppTenantId</c> in the tenant templates below.</summary>
    public const string TenantIdPlaceholder = "{tenantId}";

    /// <summary>OpenID metadata of the bot's own Entra tenant.</summary>
    public const string ToBotFromTenantOpenIdMetadataTemplate = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>Issuer of Entra v1 tokens of the bot's tenant.</summary>
    public const string TenantV1IssuerTemplate = "https://sts.windows.net/{tenantId}/";

    /// <summary>Issuer of Entra v2 tokens of the bot's tenant.</summary>
    public const string TenantV2IssuerTemplate = "https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>Claim carrying the service URL the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Claim carrying the Entra tenant id.</summary>
    public const string TenantIdClaim = "tid";

    /// <summary>Claim carrying the Entra token version.</summary>
    public const string VersionClaim = "ver";

    /// <summary>Caller app id in Entra v1 tokens.</summary>
    public const string AppIdClaim = "appid";

    /// <summary>Caller app id in Entra v2 tokens.</summary>
    public const string AuthorizedParty = "azp";

    /// <summary>Authentication type of the identity given to anonymous requests.</summary>
    public const string AnonymousAuthType = "anonymous";

    /// <summary>Tolerance applied to <c>nbf</c> and <c>exp</c>.</summary>
    public static TimeSpan ClockSkew { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The only signing algorithms accepted.</summary>
    public static IReadOnlyList<string> AllowedSigningAlgorithms { get; } =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    internal static string ForTenant(string template, string tenantId) =>
        template.Replace(TenantIdPlaceholder, tenantId, StringComparison.Ordinal);
}
