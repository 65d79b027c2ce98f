using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConventionBot.Storage;

/// <summary>
/// Makes any string a valid, readable table key: the characters the service forbids in keys
/// (/ \ # ? and control characters) and '%' itself are percent-encoded, everything else is kept,
/// and a key longer than the service allows keeps its start and ends with a digest of the whole.
/// </summary>
public static class TableKey
{
    private const char DigestMark = '~';
    private const int DigestChars = 64; // SHA-256 in hex

    /// <param name="maxLength">Room left for this part of the key (a composite key passes what its prefix leaves).</param>
    public static string Escape(string value, int maxLength = TableLimits.MaxKeyChars)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, DigestChars + 2);
        var escaped = value.Any(NeedsEscape) ? PercentEncode(value) : value;
        return escaped.Length <= maxLength ? escaped : Shorten(escaped, maxLength);
    }

    /// <summary>Between the parts of a key made of two (<c>{conversation}|{convention}</c>). Not escaped in a part: who splits such a key checks what it reads.</summary>
    public const char Separator = '|';

    /// <summary>Room kept for the second part of a <see cref="Join"/>ed key: ids, short by nature.</summary>
    private const int SecondPartRoom = 128;

    /// <summary>
    /// A key of two escaped parts, <c>first|second</c>. All the keys of a <paramref name="first"/> lie strictly between
    /// <c>first|</c> and <c>first}</c> ('}' follows '|'), so one range query finds them (see <see cref="FirstPartRange"/>).
    /// </summary>
    public static string Join(string first, string second) =>
        FirstPart(first) + Separator + Escape(second, SecondPartRoom);

    /// <summary>The bounds, both excluded, of the keys <see cref="Join"/> makes with <paramref name="first"/>.</summary>
    public static (string After, string Before) FirstPartRange(string first) =>
        (FirstPart(first) + Separator, FirstPart(first) + (char)(Separator + 1));

    /// <summary>Whether <paramref name="key"/> is <paramref name="value"/>'s own key or one <see cref="Join"/> made from it.</summary>
    public static bool IsKeyOf(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key == Escape(value) || key.StartsWith(FirstPart(value) + Separator, StringComparison.Ordinal);
    }

    private static string FirstPart(string first) => Escape(first, TableLimits.MaxKeyChars - SecondPartRoom - 1);

    private static string PercentEncode(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    // Only broken or hostile input is this long (Teams ids are about 150 characters); the digest keeps such keys
    // distinct and stable, and the kept start keeps prefix queries on shorter prefixes working.
    private static string Shorten(string escaped, int maxLength)
    {
        var keep = maxLength - DigestChars - 1;
        if (char.IsHighSurrogate(escaped[keep - 1]))
        {
            keep--;
        }
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(escaped)));
        return string.Concat(escaped.AsSpan(0, keep), [DigestMark], digest);
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
