using System.Globalization;
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

    public static IEnumerable<string> InputIds =>
        [Modalities, Actions, .. BilanFigure.All.Select(f => f.Id), Difficulties, Outlook, Progress, ReviewComment];

    /// <summary>The raw values a stored bilan puts in the form.</summary>
    public static Dictionary<string, string> ValuesOf(BilanContent content)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Modalities] = string.Join(",", content.Modalities.Select(m => m.ToString(CultureInfo.InvariantCulture))),
            [Actions] = content.Actions,
            [Difficulties] = content.Difficulties,
            [Outlook] = content.Outlook,
            [Progress] = content.Progress?.ToString() ?? "",
        };
        foreach (var figure in BilanFigure.All)
        {
            values[figure.Id] = content.Figures.TryGetValue(figure.Id, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "";
        }
        return values;
    }

    /// <summary>Reads the typed values; <paramref name="errors"/> says, in the user's language, what is wrong.</summary>
    public static BilanContent Read(
        IReadOnlyDictionary<string, string> values, ConventionDefinition convention, Language language, List<string> errors)
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
        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var figure in BilanFigure.All)
        {
            if (ReadFigure(values[figure.Id], figure, language, errors) is { } value)
            {
                figures[figure.Id] = value;
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
    public static string? Oversized(IReadOnlyDictionary<string, string> values, Language language) =>
        new[] { (Actions, ActionsMaxLength), (Difficulties, TextMaxLength), (Outlook, TextMaxLength), (ReviewComment, TextMaxLength) }
            .Where(f => values[f.Item1].Length > 2 * f.Item2)
            .Select(f => CardTexts.FarTooLong(language, BilanFormTexts.Label(language, f.Item1), values[f.Item1].Length, f.Item2))
            .FirstOrDefault();

    /// <summary>The review comment, checked for length; empty when none.</summary>
    public static string ReadComment(IReadOnlyDictionary<string, string> values, Language language, List<string> errors) =>
        ReadText(values, ReviewComment, TextMaxLength, language, errors);

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

    private static int? ReadFigure(string raw, BilanFigure figure, Language language, List<string> errors)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        var label = language.Pick(figure.French, figure.English);
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || number != decimal.Truncate(number))
        {
            errors.Add(BilanFormTexts.NotWhole(language, label, text));
            return null;
        }
        if (number < 0 || number > FigureMax)
        {
            errors.Add(number < 0 ? BilanFormTexts.Negative(language, label, text) : BilanFormTexts.TooLarge(language, label, text, FigureMax));
            return null;
        }
        return (int)number;
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
