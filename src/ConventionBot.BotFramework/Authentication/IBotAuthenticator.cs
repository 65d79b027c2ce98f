namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Authenticates inbound Bot Framework requests (<c>POST /api/messages</c>), mirroring
/// <c>JwtTokenValidation.AuthenticateRequest</c> for the channel and single-tenant paths.
/// </summary>
public interface IBotAuthenticator
{
    /// <summary>
    /// Validates the <c>Authorization</c> header against the activity it came with.
    /// A refused request must be answered 401 with an empty body whatever the reason.
    /// </summary>
    /// <param name="authorizationHeader">The raw header value, or <c>null</c> when absent.</param>
    /// <param name="channelId">The activity's <c>channelId</c> (e.g. <c>msteams</c>).</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>.</param>
    /// <param name="cancellationToken">Aborts a signing key download.</param>
    /// <exception cref="HttpRequestException">Signing keys could not be downloaded and none are cached.</exception>
    Task<AuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken);
}
