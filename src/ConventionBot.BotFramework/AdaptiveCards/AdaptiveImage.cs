namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>An image (Image). Teams takes PNG, JPEG or GIF up to 1024×1024 and 1 MB.</summary>
public sealed class AdaptiveImage : AdaptiveElement
{
    public required Uri Url { get; init; }

    /// <summary>Text read by screen readers.</summary>
    public string? AltText { get; init; }

    public AdaptiveImageSize? Size { get; init; }

    public AdaptiveImageStyle? Style { get; init; }
}
