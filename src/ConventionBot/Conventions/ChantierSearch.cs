using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ConventionBot.Conventions;

/// <summary>Finds a chantier from what a user types: a number or words of its title.</summary>
internal static partial class ChantierSearch
{
    public static Chantier? Find(IReadOnlyList<Chantier> chantiers, string query)
    {
        if (int.TryParse(query.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return chantiers.FirstOrDefault(c => c.Number == number);
        }

        var wanted = Words(query);
        if (wanted.Count == 0)
        {
            return null;
        }

        // Short titles hold the names people use ("PPA", "NPNRU"); full titles are the
        // fallback because they mention other chantiers' topics (chantier 2 cites the NPNRU).
        var matches = chantiers.Where(c => wanted.IsSubsetOf(Words(c.ShortTitle))).ToList();
        if (matches.Count == 0)
        {
            matches = [.. chantiers.Where(c => wanted.IsSubsetOf(Words(c.Title)))];
        }

        return matches.Count == 1 ? matches[0] : null;
    }

    internal static HashSet<string> Words(string text) =>
        [.. WordPattern().Matches(Fold(text)).Select(m => m.Value)];

    /// <summary>Lower case without accents, so "Réforme", "REFORME" and "reforme" compare equal.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().ToLowerInvariant().Replace("œ", "oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
