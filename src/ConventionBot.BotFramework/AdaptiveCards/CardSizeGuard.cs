using System.Text;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>
/// Keeps cards under a conservative size cap. Teams rejects messages that are too large with
/// 413 MessageSizeTooBig; the documented limit has moved (28 KB, 40 KB, ~100 KB in UTF-16), so the
/// size is the larger of the UTF-8 and UTF-16 encodings, whichever unit the limit means.
/// </summary>
public static class CardSizeGuard
{
    /// <summary>28 KB, the smallest limit documented for Teams messages.</summary>
    public const int DefaultMaxBytes = 28 * 1024;

    /// <summary>The larger of the UTF-8 and UTF-16 sizes of <paramref name="utf8Json"/>, in bytes.</summary>
    public static int Measure(ReadOnlySpan<byte> utf8Json) =>
        Math.Max(utf8Json.Length, Encoding.UTF8.GetCharCount(utf8Json) * sizeof(char));

    /// <summary>Throws <see cref="CardTooLargeException"/> when the measured size exceeds <paramref name="maxBytes"/>.</summary>
    public static void EnsureFits(ReadOnlySpan<byte> utf8Json, int maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        var size = Measure(utf8Json);
        if (size > maxBytes)
        {
            throw new CardTooLargeException(size, maxBytes);
        }
    }
}
