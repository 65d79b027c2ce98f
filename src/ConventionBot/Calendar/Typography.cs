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

    [GeneratedRegex("[ \u00a0\u202f]+(?=[;!?])")]
    private static partial Regex SpacesBeforeHighPunctuation();

    [GeneratedRegex("[ \u00a0\u202f]+(?=:)")]
    private static partial Regex SpacesBeforeColon();

    [GeneratedRegex("«[ \u00a0\u202f]*")]
    private static partial Regex OpeningGuillemet();

    [GeneratedRegex("[ \u00a0\u202f]*»")]
    private static partial Regex ClosingGuillemet();
}
