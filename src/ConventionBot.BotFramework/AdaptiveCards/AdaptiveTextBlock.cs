namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A block of text (TextBlock). Nullable style properties are omitted to keep the host default.</summary>
public sealed class AdaptiveTextBlock : AdaptiveElement
{
    /// <summary>The text; supports the Adaptive Card markdown subset.</summary>
    public required string Text { get; init; }

    /// <summary><see cref="AdaptiveTextBlockStyle.Heading"/> marks a heading for assistive technologies.</summary>
    public AdaptiveTextBlockStyle? Style { get; init; }

    public AdaptiveTextSize? Size { get; init; }

    public AdaptiveTextWeight? Weight { get; init; }

    public AdaptiveTextColor? Color { get; init; }

    public bool IsSubtle { get; init; }

    /// <summary>Wraps long text instead of cutting it at one line.</summary>
    public bool Wrap { get; init; }

    /// <summary>Caps the number of lines when <see cref="Wrap"/> is true.</summary>
    public int? MaxLines { get; init; }

    public AdaptiveHorizontalAlignment? HorizontalAlignment { get; init; }
}
