using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace ConventionBot.BotFramework.Authentication;

/// <summary>Outcome of <see cref="IBotAuthenticator.AuthenticateAsync"/>.</summary>
public sealed class AuthenticationResult
{
    private AuthenticationResult(ClaimsIdentity? identity, bool isAnonymous, AuthenticationFailure? failure)
    {
        Identity = identity;
        IsAnonymous = isAnonymous;
        Failure = failure;
    }

    /// <summary>The caller's identity; <c>null</c> when the request is refused.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>True when no app id is configured and the request carried no token (Development only).</summary>
    public bool IsAnonymous { get; }

    /// <summary>Why the request was refused; <c>null</c> on success. For logs only.</summary>
    public AuthenticationFailure? Failure { get; }

    /// <summary>True when the request may be processed.</summary>
    [MemberNotNullWhen(true, nameof(Identity))]
    public bool Succeeded => Identity is not null;

    /// <summary>A request authenticated by a validated token.</summary>
    public static AuthenticationResult Success(ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new(identity, isAnonymous: false, failure: null);
    }

    /// <summary>A request accepted without token because no app id is configured.</summary>
    public static AuthenticationResult Anonymous() =>
        new(new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType), isAnonymous: true, failure: null);

    /// <summary>A refused request.</summary>
    public static AuthenticationResult Fail(AuthenticationFailure failure) =>
        new(identity: null, isAnonymous: false, failure);
}
