using System.Globalization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A serialized card is larger than the configured cap (see <see cref="CardSizeGuard"/>).</summary>
public sealed class CardTooLargeException(int sizeBytes, int maxBytes) : Exception(
    string.Format(
        CultureInfo.InvariantCulture,
        "The Adaptive Card is {0} bytes (larger of UTF-8 and UTF-16) but the cap is {1} bytes; shorten it or split it into several cards.",
        sizeBytes,
        maxBytes))
{
    /// <summary>Measured size, in bytes.</summary>
    public int SizeBytes { get; } = sizeBytes;

    /// <summary>The cap that was exceeded, in bytes.</summary>
    public int MaxBytes { get; } = maxBytes;
}
