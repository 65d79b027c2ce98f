using System.Globalization;
using ConventionBot.Calendar;

namespace ConventionBot.Conventions;

/// <summary>
/// What an item's yearly bilan measures, from its definition: the 2022-2024 convention's six key figures, or a
/// PLH action's evaluation indicators (« Logements locatifs sociaux financés », 200 per year).
/// </summary>
/// <param name="Id">Unique within its item; items sharing an id are totalled together; the storage key of the values.</param>
/// <param name="Unit">Shown after the value (plural form), e.g. "logements", "%"; null when the name says it.</param>
/// <param name="Target">The yearly target, for numeric kinds, when the definition gives one.</param>
/// <param name="TargetText">The source's wording of the target, e.g. "200 logements locatifs sociaux par an".</param>
public sealed record Indicator(string Id, string Name, string? Unit, IndicatorKind Kind, decimal? Target, string? TargetText)
{
    /// <summary>The name in English, when the definition gives one.</summary>
    public string? English { get; init; }

    /// <summary>The name in the language of the answer (French when the definition has no English name).</summary>
    public string Label(Language l) => l == Language.English && English is { } english ? english : Name;

    /// <summary>Text values are free text up to this length; numbers are short anyway.</summary>
    public const int MaxTextLength = 500;

    public bool IsNumeric => Kind != IndicatorKind.Text;

    /// <summary>
    /// Reads a number as people type it: a point or a comma before the decimals, spaces between thousands,
    /// this indicator's unit or a % after it ("1 250", "12,5 %").
    /// </summary>
    public bool TryParseNumber(string typed, out decimal number)
    {
        var compact = new string([.. typed.Where(c => !char.IsWhiteSpace(c))]).Replace(',', '.');
        foreach (var suffix in new[] { Unit?.Replace(" ", "", StringComparison.Ordinal), "%" })
        {
            if (suffix is { Length: > 0 } && compact.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                compact = compact[..^suffix.Length];
            }
        }
        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A number as stored: invariant culture, two decimals at most.</summary>
    public static string Stored(decimal number) => decimal.Round(number, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A stored numeric value, or null for text and unreadable values.</summary>
    public static decimal? Number(string stored) =>
        decimal.TryParse(stored, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A stored value as people read it: "1 250 logements", "12,5 %", or the text.</summary>
    public string Format(string stored, Language l) =>
        IsNumeric && Number(stored) is { } n ? FormatNumber(n, l) : stored;

    /// <summary>A number as people read it, with the unit: "1 250 logements", "12,5 %".</summary>
    public string FormatNumber(decimal value, Language l)
    {
        var number = NumberText.Decimal(value, l);
        return Unit is { Length: > 0 } unit ? number + Typography.NoBreakSpace + unit : number;
    }

    /// <summary>
    /// The year's value against the target, in words ("objectif atteint : 200" / "85 % de l’objectif de 200"); null
    /// without a target.
    /// </summary>
    public string? AgainstTarget(decimal value, Language l)
    {
        if (Target is not { } target)
        {
            return null;
        }
        var goal = FormatNumber(target, l);
        if (value >= target)
        {
            return l.Pick($"objectif atteint ({goal})", $"target met ({goal})");
        }
        var share = NumberText.Number((long)decimal.Floor(value * 100 / target), l);
        return l.Pick($"{share}{Typography.NarrowNoBreakSpace}% de l’objectif de {goal}", $"{share}% of the {goal} target");
    }

    /// <summary>What the form says next to the input: the kind of value expected and the target.</summary>
    public string Hint(Language l)
    {
        var kind = Kind switch
        {
            IndicatorKind.Integer => l.Pick("nombre entier", "whole number"),
            IndicatorKind.Decimal => l.Pick("nombre", "number"),
            _ => l.Pick("texte", "text"),
        };
        var unit = Unit is { Length: > 0 } u ? $", {u}" : "";
        var target = TargetText ?? (Target is { } t ? FormatNumber(t, l) : null);
        return target is null ? kind + unit : kind + unit + l.Pick($" ; objectif : {target}", $"; target: {target}");
    }
}

/// <summary>The kind of value an <see cref="Indicator"/> takes.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The words of the definition files: kind: integer, decimal or text.")]
public enum IndicatorKind
{
    Integer,
    Decimal,
    Text,
}
