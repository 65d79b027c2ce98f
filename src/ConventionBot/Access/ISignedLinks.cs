namespace ConventionBot.Access;

/// <summary>
/// Signed, expiring links to what the app serves outside Teams (documents, calendar invitations). Owned here so a
/// feature can hand out a link without importing the feature that serves and checks it (Exports implements it).
/// </summary>
public interface ISignedLinks
{
    /// <summary>An absolute link to <paramref name="path"/> (app-relative, starting with '/'), valid for that path only and for a limited time.</summary>
    Uri Sign(string path);
}
