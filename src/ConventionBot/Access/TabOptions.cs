namespace ConventionBot.Access;

/// <summary>The Teams tab (section <c>Tab</c>): who its SSO tokens are for, and how chat links reach it.</summary>
public sealed class TabOptions
{
    public const string SectionName = "Tab";

    /// <summary>
    /// Client id of the Entra app registration whose API (<c>api://&lt;host&gt;/&lt;id&gt;</c>) Teams issues the tab's tokens
    /// for. Unset: <c>MicrosoftAppId</c> (a SingleTenant bot's registration serves both). A managed-identity bot
    /// exposes no API, so it needs this registration (infra/README.md).
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>The Teams app id (the manifest's <c>id</c>), for deep links from chat to the tab; unset, the chat links to the page.</summary>
    public string? TeamsAppId { get; set; }

    /// <summary>Where Microsoft Entra's signing keys are published (tests point it to a local server).</summary>
    public Uri OpenIdMetadata { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");
}
