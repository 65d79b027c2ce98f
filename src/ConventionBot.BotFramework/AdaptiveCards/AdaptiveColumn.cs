using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>
/// A column of an <see cref="AdaptiveColumnSet"/> (Column). It is not a body element, so it is not
/// registered on <see cref="AdaptiveElement"/> and writes its own "type".
/// </summary>
public sealed class AdaptiveColumn : AdaptiveElement
{
    [JsonPropertyOrder(-2)]
    public string Type { get; } = "Column";

    public IList<AdaptiveElement> Items { get; init; } = [];

    /// <summary>"auto", "stretch" or a relative weight; null keeps the schema default (stretch).</summary>
    public AdaptiveColumnWidth? Width { get; init; }

    public AdaptiveContainerStyle? Style { get; init; }

    /// <summary>Action run when the column is clicked; Action.ShowCard is not allowed here.</summary>
    public AdaptiveAction? SelectAction { get; init; }
}
