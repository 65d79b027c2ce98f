using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Exports;

/// <summary>The bot's public address (section <c>Bot</c>, key <c>PublicBaseUrl</c>), for links opened outside Teams.</summary>
public sealed class PublicUrlOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>The variable Azure App Service sets to the app's default host name (e.g. <c>conventionbot.azurewebsites.net</c>).</summary>
    public const string AppServiceHostName = "WEBSITE_HOSTNAME";

    /// <summary>The default in Development, where the bot listens on port 3978.</summary>
    public static readonly Uri DevelopmentDefault = new("http://localhost:3978");

    /// <summary>
    /// e.g. <c>https://conventionbot.azurewebsites.net</c>. When unset: <see cref="DevelopmentDefault"/> in Development,
    /// the App Service host name in Azure; set it when the bot is reached through a custom domain.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The address to use when none is configured, or null when there is no safe guess.</summary>
    public static Uri? Default(bool isDevelopment, string? appServiceHostName) =>
        isDevelopment ? DevelopmentDefault
        : string.IsNullOrWhiteSpace(appServiceHostName) ? null
        : new Uri("https://" + appServiceHostName.Trim());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is not { IsAbsoluteUri: true, Scheme: "https" or "http" })
        {
            yield return new("Bot:PublicBaseUrl must be the bot's absolute public URL, e.g. https://conventionbot.azurewebsites.net (export links point there).", [nameof(PublicBaseUrl)]);
        }
    }
}
