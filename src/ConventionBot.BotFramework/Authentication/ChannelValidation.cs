using Microsoft.IdentityModel.JsonWebTokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Tokens Azure Bot Service signs for Teams and other channels (BB <c>ChannelValidation</c>):
/// Bot Framework issuer and keys, audience = app id, key endorsed for the channel, and a
/// <c>serviceurl</c> claim equal to the activity's.
/// </summary>
internal sealed class ChannelValidation(
    BotAuthenticationOptions options,
    OpenIdMetadataCache metadata,
    JwtTokenValidator validator)
{
    private static readonly string[] ValidIssuers = [AuthenticationConstants.ToBotFromChannelTokenIssuer];

    public async Task<AuthenticationResult> AuthenticateAsync(
        JsonWebToken token,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        // Checked before any key download, as BB does, so foreign tokens cost nothing.
        if (!string.Equals(token.Issuer, AuthenticationConstants.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
            return AuthenticationResult.Fail(AuthenticationFailure.InvalidIssuer);

        var key = await metadata.FindKeyAsync(options.BotOpenIdMetadata, token.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
            return AuthenticationResult.Fail(AuthenticationFailure.UnknownSigningKey);

        var result = await validator.ValidateAsync(token, ValidIssuers, options.MicrosoftAppId, key.Key).ConfigureAwait(false);
        if (!result.Succeeded)
            return result;

        // An empty channelId passes, as in BB EndorsementsValidator.
        if (!string.IsNullOrEmpty(channelId) && !key.Endorsements.Contains(channelId, StringComparer.Ordinal))
            return AuthenticationResult.Fail(AuthenticationFailure.ChannelNotEndorsed);

        return CheckServiceUrl(result, serviceUrl);
    }

    /// <summary>The token was issued for this serviceUrl: the connector calls go where the channel said.</summary>
    internal static AuthenticationResult CheckServiceUrl(AuthenticationResult validated, string? serviceUrl)
    {
        var claim = validated.Identity?.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrWhiteSpace(claim))
            return AuthenticationResult.Fail(AuthenticationFailure.MissingServiceUrl);

        return string.Equals(claim, serviceUrl, StringComparison.OrdinalIgnoreCase)
            ? validated
            : AuthenticationResult.Fail(AuthenticationFailure.ServiceUrlMismatch);
    }
}
