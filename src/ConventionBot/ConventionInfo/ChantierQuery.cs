using System.Text.RegularExpressions;
using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>The chantiers a user may mean by what they typed after <c>chantier</c>.</summary>
internal static partial class ChantierQuery
{
    /// <summary>
    /// One chantier when the query designates it (<see cref="ConventionDefinition.FindChantier(string)"/>,
    /// "n° 5" and "#5" included); otherwise those whose titles hold every word typed, possibly none.
    /// </summary>
    public static IReadOnlyList<Chantier> Candidates(ConventionDefinition convention, string query)
    {
        var cleaned = NumberSign().Replace(query.Trim(), "");
        if (convention.FindChantier(cleaned) is { } found)
        {
            return [found];
        }
        var wanted = ChantierSearch.Words(cleaned);
        return wanted.Count == 0 || cleaned.All(char.IsAsciiDigit)
            ? []
            : [.. convention.Chantiers.Where(c => wanted.IsSubsetOf(ChantierSearch.Words($"{c.ShortTitle} {c.Title}")))];
    }

    [GeneratedRegex(@"^(?:n°|no\.?|#|num[eé]ro|number)\s*(?=\d+$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberSign();
}
