using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ConventionBot.Calendar;

/// <summary>
/// French typography, after the Imprimerie nationale's rules: a narrow no-break space (U+202F) before
/// ; ! ? and as the thousands separator, a no-break space (U+00A0) before : and inside « », and between
/// a number and its unit ("14 h 30", "45 min", "20 000 €"). The characters are pinned here, not taken from ICU.
/// </summary>
internal static partial class Typography
{
    /// <summary>U+00A0: before a colon, inside guillemets, between a number and its unit.</summary>
    public const char NoBreakSpace = '\u00a0';

    /// <summary>U+202F: before ; ! ? and between groups of thousands.</summary>
    public const char NarrowNoBreakSpace = '\u202f';

    /// <summary>
    /// A French text with the curly apostrophe, its spaces before ; ! ? and : made non-breaking, and no-break
    /// spaces inside « ». A space is only inserted inside guillemets: "https://" and "10:00" stay as they are.
    /// </summary>
    public static string French(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace('\'', '’');
        text = SpacesBeforeHighPunctuation().Replace(text, NarrowNoBreakSpace.ToString());
        text = SpacesBeforeColon().Replace(text, NoBreakSpace.ToString());
        text = OpeningGuillemet().Replace(text, "«" + NoBreakSpace);
        return ClosingGuillemet().Replace(text, NoBreakSpace + "»");
    }

    /// <summary>The longest excerpt of a user's typing that a reply quotes.</summary>
    public const int ExcerptLength = 60;

    /// <summary>
    /// What a reply quotes of something a user typed: on one line, at most <paramref name="max"/> characters, cut
    /// between two whole characters (never inside an emoji or an accented letter), after a whole word when one ends in
    /// its second half, and ended with "…" when cut.
    /// No text a user types can then make a card too large.
    /// </summary>
    /// <summary>The text with its first letter in capital (« ce chantier » → « Ce chantier »).</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Excerpt(string typed, int max = ExcerptLength)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var line = WhiteSpaces().Replace(typed, " ").Trim();
        if (line.Length <= max)
        {
            return line;
        }
        var excerpt = new StringBuilder(max);
        var elements = StringInfo.GetTextElementEnumerator(line);
        while (elements.MoveNext() && excerpt.Length + elements.GetTextElement().Length < max)
        {
            excerpt.Append(elements.GetTextElement());
        }
        var cut = excerpt.ToString();
        var lastSpace = cut.LastIndexOf(' ');
        if (line[cut.Length] != ' ' && lastSpace > max / 2)
        {
            cut = cut[..lastSpace]; // ends on a whole word when one is near
        }
        return cut.TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaces();

    [GeneratedRegex("[ \u00a0\u202f]+(?=[;!?])")]
    private static partial Regex SpacesBeforeHighPunctuation();

    [GeneratedRegex("[ \u00a0\u202f]+(?=:)")]
    private static partial Regex SpacesBeforeColon();

    [GeneratedRegex("«[ \u00a0\u202f]*")]
    private static partial Regex OpeningGuillemet();

    [GeneratedRegex("[ \u00a0\u202f]*»")]
    private static partial Regex ClosingGuillemet();
}
