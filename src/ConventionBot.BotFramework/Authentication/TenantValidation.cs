using Microsoft.IdentityModel.JsonWebTokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Entra tokens of the bot's own tenant (§1.5, the successor SDK's single-tenant rules):
/// only that tenant's issuers and keys, audience = app id, <c>tid</c> = tenant, and
/// <c>serviceurl</c> checked when present.
/// </summary>
internal sealed class TenantValidation
{
    private readonly BotAuthenticationOptions _options;
    private readonly OpenIdMetadataCache _metadata;
    private readonly JwtTokenValidator _validator;
    private readonly string? _tenantId;
    private readonly string[] _issuers = [];
    private readonly Uri? _metadataUrl;

    public TenantValidation(BotAuthenticationOptions options, OpenIdMetadataCache metadata, JwtTokenValidator validator)
    {
        _options = options;
        _metadata = metadata;
        _validator = validator;
        // Entra writes the tenant as a lower-case GUID in iss and tid.
        if (Guid.TryParse(options.MicrosoftAppTenantId, out var tenant))
        {
            _tenantId = tenant.ToString("D");
            _issuers =
            [
                AuthenticationConstants.ForTenant(AuthenticationConstants.TenantV1IssuerTemplate, _tenantId),
                AuthenticationConstants.ForTenant(AuthenticationConstants.TenantV2IssuerTemplate, _tenantId),
            ];
            _metadataUrl = new Uri(AuthenticationConstants.ForTenant(options.BotTenantOpenIdMetadataTemplate, _tenantId));
        }
    }

    public bool IsTenantIssuer(string issuer) => _issuers.Contains(issuer, StringComparer.Ordinal);

    public async Task<AuthenticationResult> AuthenticateAsync(
        JsonWebToken token,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        if (_metadataUrl is null || !IsTenantIssuer(token.Issuer))
            return AuthenticationResult.Fail(AuthenticationFailure.InvalidIssuer);

        var key = await _metadata.FindKeyAsync(_metadataUrl, token.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
            return AuthenticationResult.Fail(AuthenticationFailure.UnknownSigningKey);

        var result = await _validator.ValidateAsync(token, _issuers, _options.MicrosoftAppId, key.Key).ConfigureAwait(false);
        if (!result.Succeeded)
            return result;

        // The tenant named by the issuer must be the token's own (AG issue #881).
        var tenantClaim = result.Identity.FindFirst(AuthenticationConstants.TenantIdClaim)?.Value;
        if (!string.Equals(tenantClaim, _tenantId, StringComparison.OrdinalIgnoreCase))
            return AuthenticationResult.Fail(AuthenticationFailure.TenantMismatch);

        return result.Identity.HasClaim(claim => claim.Type == AuthenticationConstants.ServiceUrlClaim)
            ? ChannelValidation.CheckServiceUrl(result, serviceUrl)
            : result;
    }
}
