using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>
/// An element of a card body. The JSON "type" discriminator comes from the registrations below,
/// which list every element this model supports (schema 1.5, the highest Teams renders).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveTextBlock), "TextBlock")]
[JsonDerivedType(typeof(AdaptiveRichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(AdaptiveImage), "Image")]
[JsonDerivedType(typeof(AdaptiveContainer), "Container")]
[JsonDerivedType(typeof(AdaptiveColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(AdaptiveFactSet), "FactSet")]
[JsonDerivedType(typeof(AdaptiveActionSet), "ActionSet")]
[JsonDerivedType(typeof(AdaptiveTextInput), "Input.Text")]
[JsonDerivedType(typeof(AdaptiveNumberInput), "Input.Number")]
[JsonDerivedType(typeof(AdaptiveDateInput), "Input.Date")]
[JsonDerivedType(typeof(AdaptiveTimeInput), "Input.Time")]
[JsonDerivedType(typeof(AdaptiveChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(AdaptiveToggleInput), "Input.Toggle")]
public abstract class AdaptiveElement
{
    /// <summary>Unique id in the card; inputs are sent back under it.</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    /// <summary>Space above the element; null keeps the host default.</summary>
    public AdaptiveSpacing? Spacing { get; init; }

    /// <summary>Draws a line above the element.</summary>
    public bool Separator { get; init; }
}
