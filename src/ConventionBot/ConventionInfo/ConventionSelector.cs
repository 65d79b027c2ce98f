using System.Globalization;
using System.Text.RegularExpressions;
using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>Which convention a user means: none said is the default one; else its id, its years ("2019-2021") or one of its years.</summary>
internal static partial class ConventionSelector
{
    /// <returns>The convention, or null when nothing in the catalog matches.</returns>
    public static ConventionDefinition? Select(ConventionCatalog catalog, string text)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return catalog.Default;
        }
        if (catalog.Named(query) is { } named)
        {
            return named;
        }
        return Year().IsMatch(query)
            ? catalog.All.Where(d => d.Years.Contains(int.Parse(query, CultureInfo.InvariantCulture))).MaxBy(d => d.StartDate)
            : null;
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
