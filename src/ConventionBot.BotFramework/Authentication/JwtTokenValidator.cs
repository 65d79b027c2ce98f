using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// The IdentityModel part shared by every path: signature with the key named by <c>kid</c>,
/// issuer, audience, algorithm and lifetime, each failure mapped to a reason.
/// </summary>
internal sealed class JwtTokenValidator(TimeProvider timeProvider)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<AuthenticationResult> ValidateAsync(
        JsonWebToken token,
        IEnumerable<string> validIssuers,
        string? audience,
        SecurityKey signingKey)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = validIssuers,
            ValidAudience = audience,
            IgnoreTrailingSlashWhenValidatingAudience = false,
            // Backs the header check in BotAuthenticator: no HS256 token keyed with a public key, no "none".
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            IssuerSigningKey = signingKey,
            // The caller picked the key by kid and checks that key's endorsements: no other key may sign.
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            // IdentityModel 8 reads the system clock; the delegate reads the injected one.
            LifetimeValidator = ValidateLifetime,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        return result.IsValid
            ? AuthenticationResult.Success(result.ClaimsIdentity)
            : AuthenticationResult.Fail(ReasonFor(result.Exception));
    }

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var skew = AuthenticationConstants.ClockSkew;
        if (expires is null)
            throw new SecurityTokenNoExpirationException("The token has no expiration time.");
        if (notBefore > expires)
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.");
        if (notBefore > now + skew)
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
        if (expires < now - skew)
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        return true;
    }

    private static AuthenticationFailure ReasonFor(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => AuthenticationFailure.Expired,
        SecurityTokenNotYetValidException => AuthenticationFailure.NotYetValid,
        SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException => AuthenticationFailure.InvalidLifetime,
        SecurityTokenInvalidIssuerException => AuthenticationFailure.InvalidIssuer,
        SecurityTokenInvalidAudienceException => AuthenticationFailure.InvalidAudience,
        SecurityTokenInvalidAlgorithmException => AuthenticationFailure.InvalidAlgorithm,
        SecurityTokenSignatureKeyNotFoundException => AuthenticationFailure.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => AuthenticationFailure.InvalidSignature,
        SecurityTokenMalformedException => AuthenticationFailure.MalformedToken,
        _ => AuthenticationFailure.InvalidToken,
    };
}
