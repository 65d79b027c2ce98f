using System.Globalization;
using System.Text;

namespace ConventionBot.Conversation;

/// <summary>Reads what users type: case, accents and surrounding punctuation do not matter.</summary>
public static class CommandText
{
    private static readonly HashSet<string> HelpWords = ["aide", "help", "?", "", "bonjour", "hello", "salut", "menu"];

    public static bool IsHelp(string text) => HelpWords.Contains(Normalize(text));

    /// <summary>Lower case, accents removed, trimmed of spaces and final punctuation.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Trim().TrimEnd('.', '!', ' ').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Levenshtein distance, for suggesting the nearest command to a typo.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
