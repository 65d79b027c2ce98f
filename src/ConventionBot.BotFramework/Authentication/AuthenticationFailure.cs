namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Why a request was refused. For logs only: callers answer 401 with no detail.
/// </summary>
public enum AuthenticationFailure
{
    /// <summary>No <c>Authorization</c> header while an app id is configured.</summary>
    MissingAuthorizationHeader,

    /// <summary>The header is not exactly <c>Bearer &lt;token&gt;</c>.</summary>
    MalformedAuthorizationHeader,

    /// <summary>The token is not a readable signed JWT.</summary>
    MalformedToken,

    /// <summary>A bot-to-bot (skill) token: not accepted by this bot.</summary>
    SkillTokenRejected,

    /// <summary>A Bot Framework Emulator token: not accepted by this bot.</summary>
    EmulatorTokenRejected,

    /// <summary>The header <c>alg</c> is not RS256, RS384 or RS512.</summary>
    InvalidAlgorithm,

    /// <summary>The issuer is not accepted.</summary>
    InvalidIssuer,

    /// <summary>The audience is not the configured app id.</summary>
    InvalidAudience,

    /// <summary>No published key has the token's <c>kid</c>, even after a refresh.</summary>
    UnknownSigningKey,

    /// <summary>The signature does not verify.</summary>
    InvalidSignature,

    /// <summary><c>exp</c> is past, beyond the clock skew.</summary>
    Expired,

    /// <summary><c>nbf</c> is ahead, beyond the clock skew.</summary>
    NotYetValid,

    /// <summary><c>exp</c> is missing or lifetime claims are inconsistent.</summary>
    InvalidLifetime,

    /// <summary>The signing key is not endorsed for the activity's channel.</summary>
    ChannelNotEndorsed,

    /// <summary>The token has no <c>serviceurl</c> claim.</summary>
    MissingServiceUrl,

    /// <summary>The <c>serviceurl</c> claim differs from the activity's serviceUrl.</summary>
    ServiceUrlMismatch,

    /// <summary>The <c>tid</c> claim differs from the configured tenant.</summary>
    TenantMismatch,

    /// <summary>Any other validation failure.</summary>
    InvalidToken,
}
