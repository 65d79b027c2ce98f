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
        if (catalog.Find(query) is { } byId)
        {
            return byId;
        }
        var years = Years().Match(query);
        if (!years.Success)
        {
            return null;
        }
        var first = int.Parse(years.Groups["first"].Value, CultureInfo.InvariantCulture);
        return years.Groups["last"].Success
            ? catalog.All.FirstOrDefault(d => d.StartDate.Year == first && d.EndDate.Year == int.Parse(years.Groups["last"].Value, CultureInfo.InvariantCulture))
            : catalog.All.Where(d => d.Years.Contains(first)).MaxBy(d => d.StartDate);
    }

    [GeneratedRegex(@"^(?<first>\d{4})(?:\s*[-–/]\s*(?<last>\d{4}))?$")]
    private static partial Regex Years();
}
