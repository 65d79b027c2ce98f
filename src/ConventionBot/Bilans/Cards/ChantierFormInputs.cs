using System.Globalization;
using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>The inputs of the chantier form, filled with the values to show (stored, or as the user typed them).</summary>
internal static class ChantierFormInputs
{
    public static IEnumerable<AdaptiveElement> Elements(ChantierFormView view)
    {
        var l = view.Language;
        var values = view.Values;
        var known = view.Convention.Modalities.Select(m => m.Number.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        if (known.Count > 0)
        {
            yield return new AdaptiveChoiceSetInput
                {
                Id = BilanForm.Modalities,
                Label = BilanFormTexts.Label(l, BilanForm.Modalities),
                IsMultiSelect = true,
                Style = AdaptiveChoiceInputStyle.Expanded,
                Wrap = true,
                Choices = [.. view.Convention.Modalities.Select(m => new AdaptiveChoice { Title = m.ShortLabel, Value = m.Number.ToString(CultureInfo.InvariantCulture) })],
            Value = Kept(string.Join(",", CardValues.Split(Get(values, BilanForm.Modalities)).Where(known.Contains))),
            };
        }
        yield return TextArea(view, BilanForm.Actions, BilanForm.ActionsMaxLength);
        if (view.Chantier.Indicators.Count > 0)
        {
            yield return CardParts.Heading(BilanFormTexts.FiguresTitle(l));
        }
        // Numbers two by two; a text indicator takes a row of its own.
        foreach (var row in Rows(view.Chantier.Indicators))
        {
            yield return new AdaptiveColumnSet { Columns = [.. row.Select(f => new AdaptiveColumn { Items = [Figure(view, f)] })] };
        }
        yield return TextArea(view, BilanForm.Difficulties, BilanForm.TextMaxLength);
        yield return TextArea(view, BilanForm.Outlook, BilanForm.TextMaxLength);
        yield return new AdaptiveChoiceSetInput
        {
            Id = BilanForm.Progress,
            Label = BilanFormTexts.Label(l, BilanForm.Progress),
            Choices = [.. Enum.GetValues<BilanProgress>().Select(p => new AdaptiveChoice { Title = BilanLabels.Progress(l, p), Value = p.ToString() })],
            Value = Enum.GetNames<BilanProgress>().Contains(Get(values, BilanForm.Progress)) ? Get(values, BilanForm.Progress) : null,
        };
    }

    private static AdaptiveTextInput TextArea(ChantierFormView view, string id, int maxLength) => new()
    {
        Id = id,
        Label = BilanFormTexts.Label(view.Language, id),
        IsMultiline = true,
        // Not MaxLength: a client would cut a longer text silently, and the server says what is too long instead.
        Placeholder = view.Language.Pick($"{NumberText.Number(maxLength, view.Language)} caractères au plus", $"At most {NumberText.Number(maxLength, view.Language)} characters"),
        Value = Kept(Get(view.Values, id)),
    };

    private static IEnumerable<Indicator[]> Rows(IReadOnlyList<Indicator> indicators)
    {
        var pending = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            if (!indicator.IsNumeric)
            {
                if (pending.Count > 0)
                {
                    yield return [.. pending];
                    pending.Clear();
                }
                yield return [indicator];
                continue;
            }
            pending.Add(indicator);
            if (pending.Count == 2)
            {
                yield return [.. pending];
                pending.Clear();
            }
        }
        if (pending.Count > 0)
        {
            yield return [.. pending];
        }
    }

    /// <summary>
    /// A number input for whole numbers (the client then refuses anything else); a text input for decimals and
    /// texts, read by the server, which says what is wrong. The label carries the unit and the target.
    /// </summary>
    private static AdaptiveInput Figure(ChantierFormView view, Indicator indicator)
    {
        var l = view.Language;
        var raw = Get(view.Values, BilanForm.InputId(indicator)).Trim();
        var label = indicator.Label(l) + " (" + indicator.Hint(l) + ")";
        return indicator.Kind == IndicatorKind.Integer
            ? new AdaptiveNumberInput
            {
                Id = BilanForm.InputId(indicator),
                Label = label,
                Min = 0,
                Max = BilanForm.FigureMax,
                // A value the client could not have sent (not a number) is quoted in the error message instead.
                Value = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null,
            }
            : new AdaptiveTextInput
            {
                Id = BilanForm.InputId(indicator),
                Label = label,
                IsMultiline = !indicator.IsNumeric,
                Value = Kept(raw),
            };
    }

    private static string Get(IReadOnlyDictionary<string, string> values, string id) => values.GetValueOrDefault(id) ?? "";

    private static string? Kept(string value) => value.Length == 0 ? null : value;
}
