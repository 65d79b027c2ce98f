namespace ConventionBot.Access;

/// <summary>
/// Signed, expiring links to what the app serves outside Teams (<see cref="Create"/>, checked by <see cref="Allows"/>),
/// and the app's public address. Owned here so a feature (meetings' invitations, the dossier's files, the dashboard)
/// can hand out a link without importing the feature that signs it (Exports implements it, <c>AddExports()</c>).
/// </summary>
public interface ISignedLinks
{
    /// <summary>The query parameter that carries the token.</summary>
    const string TokenParameter = "t";

    /// <param name="path">The app-relative path, starting with '/'.</param>
    SignedLink Create(string path);

    /// <summary>True only for an intact token made for exactly <paramref name="path"/> and not yet expired.</summary>
    bool Allows(string path, string? token);

    /// <summary>The absolute address of an app-relative path and query, on the bot's public base URL.</summary>
    Uri Absolute(string pathAndQuery);
}

/// <summary>A signed link and when it stops working.</summary>
public sealed record SignedLink(Uri Url, DateTimeOffset ExpiresAt);
