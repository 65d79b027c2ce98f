using System.Text.RegularExpressions;

namespace ConventionBot.Conventions;

/// <summary>Checks what a well-formed definition must also satisfy: dates, unique keys, references.</summary>
internal static partial class ConventionDefinitionValidator
{
    public static void Validate(ConventionDefinition definition, ProblemLog problems)
    {
        CheckSlug(definition.Id, "id", problems);
        if (definition.EndDate < definition.StartDate)
        {
            problems.Add("endDate", $"{definition.EndDate:yyyy-MM-dd} is before startDate {definition.StartDate:yyyy-MM-dd}");
        }

        CheckKeys(definition.Parties, p => p.Id, "parties", "id", problems);
        foreach (var (party, index) in definition.Parties.Select((p, i) => (p, i)))
        {
            CheckSlug(party.Id, $"parties[{index}].id", problems);
        }

        CheckNumbers(definition.Axes, a => a.Number, "axes", problems);
        CheckNumbers(definition.Chantiers, c => c.Number, "chantiers", problems);
        CheckNumbers(definition.Modalities, m => m.Number, "modalities", problems);
        CheckChantierReferences(definition, problems);
        ConventionTermsValidator.Validate(definition, problems);
    }

    /// <summary>Reports every item whose key was already used by an earlier item of the list.</summary>
    public static void CheckKeys<T, TKey>(
        IReadOnlyList<T> items, Func<T, TKey> key, string listPath, string keyName, ProblemLog problems, IEqualityComparer<TKey>? comparer = null)
    {
        var seen = new HashSet<TKey>(comparer);
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add(key(items[i])))
            {
                problems.Add($"{listPath}[{i}].{keyName}", $"{keyName} '{key(items[i])}' is used twice in {listPath}");
            }
        }
    }

    public static void CheckSlug(string value, string path, ProblemLog problems)
    {
        if (!SlugPattern().IsMatch(value))
        {
            problems.Add(path, $"'{value}' must be lower-case letters, digits and single hyphens (e.g. amp-arhlm-2022-2024)");
        }
    }

    private static void CheckNumbers<T>(IReadOnlyList<T> items, Func<T, int> number, string listPath, ProblemLog problems)
    {
        CheckKeys(items, number, listPath, "number", problems);
        for (var i = 0; i < items.Count; i++)
        {
            if (number(items[i]) < 1)
            {
                problems.Add($"{listPath}[{i}].number", $"{number(items[i])} must be 1 or more");
            }
        }
    }

    private static void CheckChantierReferences(ConventionDefinition definition, ProblemLog problems)
    {
        for (var i = 0; i < definition.Chantiers.Count; i++)
        {
            var chantier = definition.Chantiers[i];
            if (definition.Axes.All(a => a.Number != chantier.AxisNumber))
            {
                problems.Add($"chantiers[{i}].axis", $"axis {chantier.AxisNumber} is not defined in axes");
            }

            for (var j = 0; j < chantier.ModalityNumbers.Count; j++)
            {
                var modality = chantier.ModalityNumbers[j];
                if (definition.Modalities.All(m => m.Number != modality))
                {
                    problems.Add($"chantiers[{i}].modalityNumbers[{j}]", $"modality {modality} is not defined in modalities");
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
