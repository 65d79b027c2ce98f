using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A styled run of text inside an <see cref="AdaptiveRichTextBlock"/> (TextRun; no markdown).</summary>
public sealed class AdaptiveTextRun
{
    /// <summary>Always "TextRun": the parser reads inline objects as typed elements.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextRun";

    public required string Text { get; init; }

    public AdaptiveTextSize? Size { get; init; }

    public AdaptiveTextWeight? Weight { get; init; }

    public AdaptiveTextColor? Color { get; init; }

    public bool IsSubtle { get; init; }

    public bool Italic { get; init; }

    public bool Strikethrough { get; init; }

    public bool Highlight { get; init; }

    public bool Underline { get; init; }
}
