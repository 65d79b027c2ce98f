using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Picks the validation path like BB <c>JwtTokenValidation.AuthenticateTokenAsync</c>:
/// skill and emulator tokens are refused, the bot's tenant issuers take the Entra path,
/// everything else the channel path.
/// </summary>
internal sealed class BotAuthenticator(
    IOptions<BotAuthenticationOptions> options,
    OpenIdMetadataCache metadata,
    JwtTokenValidator validator,
    ILogger<BotAuthenticator> logger) : IBotAuthenticator
{
    private readonly bool _anonymousAllowed = string.IsNullOrEmpty(options.Value.MicrosoftAppId);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ChannelValidation _channel = new(options.Value, metadata, validator);
    private readonly TenantValidation _tenant = new(options.Value, metadata, validator);

    public async Task<AuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        var result = await AuthenticateCoreAsync(authorizationHeader, channelId, serviceUrl, cancellationToken)
            .ConfigureAwait(false);
        if (result.Failure is { } failure)
            AuthenticationLog.RequestRefused(logger, failure);
        else if (result.IsAnonymous)
            AuthenticationLog.AnonymousRequestAccepted(logger);
        return result;
    }

    private Task<AuthenticationResult> AuthenticateCoreAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        // Without an app id only header-less requests pass; a token is still validated in full.
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return Task.FromResult(_anonymousAllowed
                ? AuthenticationResult.Anonymous()
                : AuthenticationResult.Fail(AuthenticationFailure.MissingAuthorizationHeader));
        }

        if (ReadToken(authorizationHeader, out var token) is { } failure)
            return Task.FromResult(AuthenticationResult.Fail(failure));

        return _tenant.IsTenantIssuer(token.Issuer)
            ? _tenant.AuthenticateAsync(token, serviceUrl, cancellationToken)
            : _channel.AuthenticateAsync(token, channelId, serviceUrl, cancellationToken);
    }

    /// <summary>Checks that need no key: header shape, token shape, algorithm and token kind.</summary>
    private AuthenticationFailure? ReadToken(string authorizationHeader, out JsonWebToken token)
    {
        token = null!;
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || parts[1].Length == 0
            || !string.Equals(parts[0], AuthenticationConstants.AuthorizationScheme, StringComparison.Ordinal))
        {
            return AuthenticationFailure.MalformedAuthorizationHeader;
        }

        if (!_handler.CanReadToken(parts[1]))
            return AuthenticationFailure.MalformedToken;
        try
        {
            token = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            // IdentityModel's way of saying the parts are not Base64Url JSON (SecurityTokenMalformedException included).
            return AuthenticationFailure.MalformedToken;
        }

        return RejectedKind(token);
    }

    private static AuthenticationFailure? RejectedKind(JsonWebToken token) => token switch
    {
        { IsEncrypted: true } => AuthenticationFailure.MalformedToken,
        _ when !AuthenticationConstants.AllowedSigningAlgorithms.Contains(token.Alg, StringComparer.Ordinal)
            => AuthenticationFailure.InvalidAlgorithm,
        _ when SkillValidation.IsSkillToken(token) => AuthenticationFailure.SkillTokenRejected,
        _ when EmulatorValidation.IsTokenFromEmulator(token) => AuthenticationFailure.EmulatorTokenRejected,
        _ => null,
    };
}
