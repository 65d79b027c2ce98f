namespace ConventionBot.BotFramework.Authentication;

/// <summary>
/// Bot identity, read from the configuration root with the ecosystem's key names
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, ...).
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>Empty: the keys live at the configuration root.</summary>
    public const string SectionName = "";

    /// <summary>The bot's Entra app id; the only accepted token audience. Empty allows anonymous requests (Development only).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret; required for SingleTenant, must be empty for UserAssignedMSI.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>How the app authenticates outbound.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>The bot's Entra tenant; enables the single-tenant token path.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Bot Framework OpenID metadata document.</summary>
    public Uri BotOpenIdMetadata { get; set; } = new(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl);

    /// <summary>Tenant OpenID metadata document, with <c>{tenantId}</c> as placeholder.</summary>
    public string BotTenantOpenIdMetadataTemplate { get; set; } = AuthenticationConstants.ToBotFromTenantOpenIdMetadataTemplate;
}
