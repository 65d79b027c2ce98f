using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;

namespace ConventionBot.Access;

/// <summary>
/// Who opened a Teams tab: the Teams SSO token its page got (<c>authentication.getAuthToken</c>) is checked before any
/// data is served: signed by a key of Microsoft Entra's OpenID metadata, for the audience <c>api://&lt;host&gt;/&lt;MicrosoftAppId&gt;</c>,
/// issued by the token's own tenant (v1 or v2 issuer), that tenant allowed, not expired, RS256. In Development without
/// an app id the page is served anonymously, as the chat is.
/// </summary>
public sealed class TabSignIn
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly AccessPolicy _access;
    private readonly TimeProvider _time;
    private readonly string? _appId;

    public TabSignIn(IOptions<TabOptions> options, IConfiguration configuration, IHostEnvironment environment, AccessPolicy access, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        _access = access;
        _time = time;
        var botAppId = configuration["MicrosoftAppId"] is { Length: > 0 } id ? id : null;
        _appId = options.Value.ClientId is { Length: > 0 } clientId ? clientId : botAppId;
        IsAnonymous = botAppId is null && _appId is null && environment.IsDevelopment();
        var address = options.Value.OpenIdMetadata;
        _metadata = _appId is null ? null : new ConfigurationManager<OpenIdConnectConfiguration>(
            address.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = !address.IsLoopback });
    }

    /// <summary>Development without an app id: the tab serves its data to anyone who reaches the local app.</summary>
    public bool IsAnonymous { get; }

    /// <summary>The tab's user, or null when the token is missing or fails any check.</summary>
    /// <param name="host">The host the tab is served from, as registered in the app registration's Application ID URI.</param>
    public async Task<TabUser?> AuthenticateAsync(string? authorization, string host, CancellationToken cancellationToken)
    {
        if (_metadata is null || _appId is null || authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var configuration = await _metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), new TokenValidationParameters
        {
            ValidAudiences = [$"api://{host}/{_appId}", _appId],
            IssuerSigningKeys = configuration.SigningKeys,
            IssuerValidator = ValidateIssuer,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } end && _time.GetUtcNow().UtcDateTime < end.AddMinutes(5) && (notBefore is not { } start || start.AddMinutes(-5) <= _time.GetUtcNow().UtcDateTime),
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return null;
        }
        var claims = result.ClaimsIdentity;
        var objectId = claims.FindFirst("oid")?.Value ?? claims.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier")?.Value;
        var tenantId = claims.FindFirst("tid")?.Value ?? claims.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid")?.Value;
        return objectId is null ? null : new TabUser(objectId, claims.FindFirst("name")?.Value, tenantId!, _access.IsAdmin(objectId));
    }

    // The issuer names the token's tenant: it must be that tenant's v1 or v2 issuer, and the tenant one the bot serves.
    private string ValidateIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenantId = (token as JsonWebToken)?.TryGetPayloadValue<string>("tid", out var tid) == true ? tid : null;
        var valid = tenantId is not null && _access.IsAllowedTenant(tenantId)
            && (issuer == $"https://login.microsoftonline.com/{tenantId}/v2.0" || issuer == $"https://sts.windows.net/{tenantId}/");
        return valid ? issuer : throw new SecurityTokenInvalidIssuerException($"Issuer {issuer} is not the token's allowed tenant.");
    }
}

/// <summary>A signed-in tab user: Entra object id, display name, tenant, and whether they administer the bot.</summary>
public sealed record TabUser(string AadObjectId, string? Name, string TenantId, bool IsAdmin);
