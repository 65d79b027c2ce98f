using System.Globalization;
using System.Text.Json;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>
/// The chantier form's inputs: their ids, the limits, and the reading of what was typed into a
/// <see cref="BilanContent"/> plus the problems found. What was typed is never lost: cards are re-rendered
/// from the raw values.
/// </summary>
internal static class BilanForm
{
    public const string Modalities = "modalities";
    public const string Actions = "actions";
    public const string Difficulties = "difficulties";
    public const string Outlook = "outlook";
    public const string Progress = "progress";
    public const string ReviewComment = "reviewComment";

    // The limits keep the largest card (a conflict shows the latest version above the user's text, both at their
    // longest) under Teams' card size cap (Bot:MaxCardBytes, 28 KB counted in UTF-16).
    public const int ActionsMaxLength = 1500;
    public const int TextMaxLength = 600;
    public const int FigureMax = 100_000;

    /// <summary>Decimal indicators may be amounts (« moyens financiers engagés », in euros): a larger bound.</summary>
    public const long DecimalMax = 1_000_000_000;

    private static readonly string[] TextInputIds = [Modalities, Actions, Difficulties, Outlook, Progress, ReviewComment];

    /// <summary>The input of an indicator: prefixed, so that no indicator id of a definition can take a text's place.</summary>
    public static string InputId(Indicator indicator) => "figure-" + indicator.Id;

    /// <summary>
    /// What the card sent, trimmed, missing or blank inputs empty. A card posted before indicators came from the
    /// definition named the six key figures without the prefix: their values are read under that name.
    /// </summary>
    public static Dictionary<string, string> Collect(JsonElement data, Chantier chantier)
    {
        var typed = CardData.Collect(data, TextInputIds);
        foreach (var indicator in chantier.Indicators)
        {
            var id = InputId(indicator);
            var sentBefore = data.ValueKind == JsonValueKind.Object && !data.TryGetProperty(id, out _);
            typed[id] = CardData.Text(data, sentBefore ? indicator.Id : id) ?? "";
        }
        return typed;
    }

    /// <summary>The raw values a stored bilan puts in the form.</summary>
    public static Dictionary<string, string> ValuesOf(BilanContent content, Chantier chantier)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Modalities] = string.Join(",", content.Modalities.Select(m => m.ToString(CultureInfo.InvariantCulture))),
            [Actions] = content.Actions,
            [Difficulties] = content.Difficulties,
            [Outlook] = content.Outlook,
            [Progress] = content.Progress?.ToString() ?? "",
        };
        foreach (var indicator in chantier.Indicators)
        {
            values[InputId(indicator)] = content.Figures.GetValueOrDefault(indicator.Id) ?? "";
        }
        return values;
    }

    /// <summary>Reads the typed values; <paramref name="errors"/> says, in the user's language, what is wrong.</summary>
    public static BilanContent Read(
        IReadOnlyDictionary<string, string> values, ConventionDefinition convention, Chantier chantier, Language language, List<string> errors)
    {
        var known = convention.Modalities.Select(m => m.Number).ToHashSet();
        var modalities = new List<int>();
        foreach (var token in CardValues.Split(values[Modalities]))
        {
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && known.Contains(number))
            {
                modalities.Add(number);
            }
            else
            {
                errors.Add(BilanFormTexts.UnknownModality(language, token));
            }
        }
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var indicator in chantier.Indicators)
        {
            if (ReadFigure(values[InputId(indicator)], indicator, language, errors) is { } value)
            {
                figures[indicator.Id] = value;
            }
        }
        return new BilanContent(
            [.. modalities.Distinct().Order()],
            ReadText(values, Actions, ActionsMaxLength, language, errors),
            figures,
            ReadText(values, Difficulties, TextMaxLength, language, errors),
            ReadText(values, Outlook, TextMaxLength, language, errors),
            ReadProgress(values[Progress], language, errors));
    }

    /// <summary>
    /// A message when a text is so long that the card could not carry it back (Teams caps cards at about 28 KB); null
    /// otherwise. Answered as a message, the clicked card stays as it is, with everything typed still in it.
    /// </summary>
    public static string? Oversized(IReadOnlyDictionary<string, string> values, ConventionDefinition convention, Language language) =>
        new[] { (Actions, ActionsMaxLength), (Difficulties, TextMaxLength), (Outlook, TextMaxLength), (ReviewComment, TextMaxLength) }
            .Where(f => values[f.Item1].Length > 2 * f.Item2)
            .Select(f => CardTexts.FarTooLong(language, Label(f.Item1, convention, language), values[f.Item1].Length, f.Item2))
            .FirstOrDefault();

    /// <summary>A text input's label; the review comment names the definition's reviewer.</summary>
    public static string Label(string id, ConventionDefinition convention, Language language) =>
        id == ReviewComment ? ReviewerTexts.Comment(convention, language) : BilanFormTexts.Label(language, id);

    /// <summary>The review comment, checked for length; empty when none.</summary>
    public static string ReadComment(IReadOnlyDictionary<string, string> values, ConventionDefinition convention, Language language, List<string> errors)
    {
        var text = values[ReviewComment].Trim();
        if (text.Length > TextMaxLength)
        {
            errors.Add(CardTexts.TooLong(language, ReviewerTexts.Comment(convention, language), text.Length, TextMaxLength));
        }
        return text;
    }

    /// <summary>Integer values of choice sets that allow several choices (comma-separated).</summary>
    private static string ReadText(IReadOnlyDictionary<string, string> values, string id, int maxLength, Language language, List<string> errors)
    {
        var text = values[id].Trim();
        if (text.Length > maxLength)
        {
            errors.Add(CardTexts.TooLong(language, BilanFormTexts.Label(language, id), text.Length, maxLength));
        }
        return text;
    }

    private static string? ReadFigure(string raw, Indicator indicator, Language language, List<string> errors)
    {
        var text = raw.Trim();
        var label = indicator.Label(language);
        if (text.Length == 0)
        {
            return null;
        }
        if (!indicator.IsNumeric)
        {
            if (text.Length > Indicator.MaxTextLength)
            {
                errors.Add(CardTexts.TooLong(language, label, text.Length, Indicator.MaxTextLength));
            }
            return text;
        }
        if (!indicator.TryParseNumber(text, out var number) || (indicator.Kind == IndicatorKind.Integer && !decimal.IsInteger(number)))
        {
            errors.Add(indicator.Kind == IndicatorKind.Integer ? BilanFormTexts.NotWhole(language, label, text) : BilanFormTexts.NotANumber(language, label, text));
            return null;
        }
        var max = indicator.Kind == IndicatorKind.Integer ? FigureMax : DecimalMax;
        if (number < 0 || number > max)
        {
            errors.Add(number < 0 ? BilanFormTexts.Negative(language, label, text) : BilanFormTexts.TooLarge(language, label, text, max));
            return null;
        }
        return Indicator.Stored(number);
    }

    private static BilanProgress? ReadProgress(string raw, Language language, List<string> errors)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        // Names only: Enum.TryParse would also take "2" or "Draft,Completed".
        if (Enum.GetNames<BilanProgress>().Contains(text, StringComparer.Ordinal))
        {
            return Enum.Parse<BilanProgress>(text);
        }
        errors.Add(BilanFormTexts.UnknownProgress(language, text));
        return null;
    }
}
