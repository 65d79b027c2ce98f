using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Exports;

/// <summary>The bot's public address (section <c>Bot</c>, key <c>PublicBaseUrl</c>), for links opened outside Teams.</summary>
public sealed class PublicUrlOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>The default in Development, where the bot listens on port 3978.</summary>
    public static readonly Uri DevelopmentDefault = new("http://localhost:3978");

    /// <summary>e.g. <c>https://conventionbot.azurewebsites.net</c>; <see cref="DevelopmentDefault"/> in Development when unset.</summary>
    public Uri? PublicBaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is not { IsAbsoluteUri: true, Scheme: "https" or "http" })
        {
            yield return new("Bot:PublicBaseUrl must be the bot's absolute public URL, e.g. https://conventionbot.azurewebsites.net.", [nameof(PublicBaseUrl)]);
        }
    }
}
