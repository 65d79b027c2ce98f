namespace ConventionBot.Access;

/// <summary>
/// The app's public address, for links opened outside Teams (the dashboard page in Development). Owned here so a
/// feature can link to a page without importing the feature that holds the setting (Exports implements it).
/// </summary>
public interface IPublicAddress
{
    /// <summary>The absolute URL of <paramref name="path"/> (app-relative, starting with '/').</summary>
    Uri Absolute(string path);
}
