using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>
/// A card action (button, select action, refresh). The JSON "type" discriminator comes from the
/// registrations below.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(AdaptiveSubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(AdaptiveOpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(AdaptiveShowCardAction), "Action.ShowCard")]
public abstract class AdaptiveAction
{
    /// <summary>Optional id of the action.</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    /// <summary>Button label.</summary>
    public string? Title { get; init; }

    /// <summary>Emphasis of the button; null keeps the host default.</summary>
    public AdaptiveActionStyle? Style { get; init; }

    /// <summary>False greys the button out; null keeps the schema default (enabled).</summary>
    public bool? IsEnabled { get; init; }
}
