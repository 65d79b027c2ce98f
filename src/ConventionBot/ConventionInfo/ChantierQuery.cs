using System.Text.RegularExpressions;
using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>The items, or the group, a user may mean by what they typed after <c>chantier</c>, <c>action</c> or <c>orientation</c>.</summary>
internal static partial class ChantierQuery
{
    /// <summary>
    /// One item when the query designates it (<see cref="ConventionDefinition.FindChantier(string)"/>, "n° 5" and "#5"
    /// included); otherwise those whose titles or objective hold every word typed; failing that, the items of the groups
    /// whose titles hold them (a search across both levels); possibly none.
    /// </summary>
    public static IReadOnlyList<Chantier> Candidates(ConventionDefinition convention, string query)
    {
        var cleaned = NumberSign().Replace(query.Trim(), "");
        if (convention.FindChantier(cleaned) is { } found)
        {
            return [found];
        }
        var wanted = ChantierSearch.Words(cleaned);
        if (wanted.Count == 0 || cleaned.All(char.IsAsciiDigit))
        {
            return [];
        }
        var items = convention.Chantiers.Where(c => wanted.IsSubsetOf(ChantierSearch.Words($"{c.ShortTitle} {c.Title} {c.Objective}"))).ToList();
        return items.Count > 0
            ? items
            : [.. convention.Chantiers.Where(c => convention.FindAxis(c.AxisNumber) is { } axis && wanted.IsSubsetOf(ChantierSearch.Words($"{axis.Heading} {axis.Title}")))];
    }

    /// <summary>The group designated by its number ("3", "n° 3") or by words all found in its title; null when none or several.</summary>
    public static ConventionAxis? Group(ConventionDefinition convention, string query)
    {
        var cleaned = NumberSign().Replace(query.Trim(), "");
        if (int.TryParse(cleaned, out var number))
        {
            return convention.FindAxis(number);
        }
        var wanted = ChantierSearch.Words(cleaned);
        var groups = convention.Axes.Where(a => wanted.Count > 0 && wanted.IsSubsetOf(ChantierSearch.Words($"{a.Heading} {a.Title}"))).ToList();
        return groups.Count == 1 ? groups[0] : null;
    }

    [GeneratedRegex(@"^(?:n°|no\.?|#|num[eé]ro|number)\s*(?=\d+$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberSign();
}
