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

        CheckNumbers(definition.Axes, a => a.Number, "groups", problems);
        CheckNumbers(definition.Chantiers, c => c.Number, "items", problems);
        CheckNumbers(definition.Modalities, m => m.Number, "modalities", problems);
        CheckItemReferences(definition, problems);
        CheckIndicators(definition, problems);
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

    private static void CheckItemReferences(ConventionDefinition definition, ProblemLog problems)
    {
        for (var i = 0; i < definition.Chantiers.Count; i++)
        {
            var chantier = definition.Chantiers[i];
            if (definition.FindAxis(chantier.AxisNumber) is null)
            {
                problems.Add($"items[{i}].group", $"group {chantier.AxisNumber} is not defined in groups");
            }

            for (var j = 0; j < chantier.ModalityNumbers.Count; j++)
            {
                var modality = chantier.ModalityNumbers[j];
                if (definition.Modalities.All(m => m.Number != modality))
                {
                    problems.Add($"items[{i}].modalityNumbers[{j}]", $"modality {modality} is not defined in modalities");
                }
            }
        }
    }

    /// <summary>Indicator ids are slugs, unique within their list; a target needs a numeric kind and a positive value.</summary>
    private static void CheckIndicators(ConventionDefinition definition, ProblemLog problems)
    {
        CheckIndicators(definition.Indicators, "indicators", problems);
        for (var i = 0; i < definition.Chantiers.Count; i++)
        {
            if (!ReferenceEquals(definition.Chantiers[i].Indicators, definition.Indicators))
            {
                CheckIndicators(definition.Chantiers[i].Indicators, $"items[{i}].indicators", problems);
            }
        }
    }

    private static void CheckIndicators(IReadOnlyList<Indicator> indicators, string path, ProblemLog problems)
    {
        CheckKeys(indicators, x => x.Id, path, "id", problems);
        for (var j = 0; j < indicators.Count; j++)
        {
            if (!IndicatorIdPattern().IsMatch(indicators[j].Id))
            {
                problems.Add($"{path}[{j}].id", $"'{indicators[j].Id}' must start with a letter and hold only letters, digits and hyphens (at most 40)");
            }
            if (indicators[j].Target is { } target && (indicators[j].Kind == IndicatorKind.Text || target <= 0))
            {
                problems.Add($"{path}[{j}].target", indicators[j].Kind == IndicatorKind.Text
                    ? "a text indicator cannot have a target (use targetText)"
                    : $"{target} must be greater than 0");
            }
        }
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9-]{0,39}$")]
    private static partial Regex IndicatorIdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
