using ConventionBot.Calendar;
using YamlDotNet.RepresentationModel;

namespace ConventionBot.Conventions;

/// <summary>
/// Reads the fields of one YAML mapping, reporting each problem with its path and line
/// instead of stopping at the first, then reports the fields nobody asked for (typos).
/// Readers return a placeholder (empty, 0, null) for a field in error; the loader then
/// discards the whole definition.
/// </summary>
internal sealed class YamlMappingReader(YamlMappingNode node, string path, ProblemLog problems)
{
    private readonly HashSet<string> _knownKeys = new(StringComparer.Ordinal);

    public string Text(string key) =>
        Value(key, required: true) is { } value ? ScalarText(value, PathOf(key)) ?? string.Empty : string.Empty;

    /// <summary>A text people read (a title, a description): set with French typography, as every text the bot shows.</summary>
    public string Prose(string key) => Typography.French(Text(key));

    /// <summary>A list of texts people read, each set with French typography.</summary>
    public IReadOnlyList<string> Proses(string key, bool required) => [.. Texts(key, required).Select(Typography.French)];

    /// <summary>A code or id the file may leave out; null when absent.</summary>
    public string? OptionalText(string key) =>
        Value(key, required: false) is { } value ? ScalarText(value, PathOf(key)) : null;

    /// <summary>A text people read that the file may leave out; null when absent.</summary>
    public string? OptionalProse(string key) =>
        Value(key, required: false) is { } value && ScalarText(value, PathOf(key)) is { } text ? Typography.French(text) : null;

    /// <summary>A number the file may leave out; null when absent.</summary>
    public decimal? OptionalDecimal(string key) =>
        Value(key, required: false) is { } value ? ParseScalar<decimal>(value, PathOf(key), "a number", YamlScalars.TryDecimal) : null;

    /// <summary>True or false; <paramref name="absent"/> when the file leaves it out.</summary>
    public bool Boolean(string key, bool absent) =>
        Value(key, required: false) is { } value ? ParseScalar<bool>(value, PathOf(key), "true or false", YamlScalars.TryBoolean) ?? absent : absent;

    /// <summary>An optional choice among the enum's values; <paramref name="absent"/> when the file leaves it out.</summary>
    public TEnum Enum<TEnum>(string key, TEnum absent)
        where TEnum : struct, Enum =>
        Value(key, required: false) is { } value ? ParseScalar<TEnum>(value, PathOf(key), YamlScalars.EnumChoices<TEnum>(), YamlScalars.TryEnum) ?? absent : absent;

    public int Integer(string key) => Parse<int>(key, "a whole number", YamlScalars.TryInteger) ?? 0;

    public decimal Decimal(string key) => Parse<decimal>(key, "a number", YamlScalars.TryDecimal) ?? 0m;

    public DateOnly Date(string key) => Parse<DateOnly>(key, "a date (yyyy-MM-dd)", YamlScalars.TryDate) ?? default;

    public TEnum Enum<TEnum>(string key)
        where TEnum : struct, Enum =>
        Parse<TEnum>(key, YamlScalars.EnumChoices<TEnum>(), YamlScalars.TryEnum) ?? default;

    public IReadOnlyList<string> Texts(string key, bool required) =>
        Sequence(key, required, (item, itemPath) => ScalarText(item, itemPath) ?? string.Empty) ?? [];

    public IReadOnlyList<int>? OptionalIntegers(string key) =>
        Sequence(key, required: false, (item, itemPath) => ParseScalar<int>(item, itemPath, "a whole number", YamlScalars.TryInteger) ?? 0);

    public IReadOnlyList<T> Items<T>(string key, Func<YamlMappingReader, T> read, bool required = true)
        where T : class =>
        Sequence(key, required, (item, itemPath) => ReadMapping(item, itemPath, read)) is { } items
            ? [.. items.OfType<T>()]
            : [];

    public T? Section<T>(string key, Func<YamlMappingReader, T> read, bool required)
        where T : class
    {
        var value = Value(key, required);
        return value is null ? null : ReadMapping(value, PathOf(key), read);
    }

    public void ReportUnknownKeys()
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!_knownKeys.Contains(name))
            {
                var known = string.Join(", ", _knownKeys.Order(StringComparer.Ordinal));
                problems.Add(PathOf(name), $"unknown field '{name}' (known fields: {known})", key.Start.Line);
            }
        }
    }

    private T? Parse<T>(string key, string expected, YamlScalars.TryParse<T> parse)
        where T : struct
    {
        var value = Value(key, required: true);
        return value is null ? null : ParseScalar(value, PathOf(key), expected, parse);
    }

    private T? ParseScalar<T>(YamlNode value, string valuePath, string expected, YamlScalars.TryParse<T> parse)
        where T : struct
    {
        var text = ScalarText(value, valuePath);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var parsed))
        {
            return parsed;
        }

        problems.Add(valuePath, $"'{text}' is not {expected}", value.Start.Line);
        return null;
    }

    private string? ScalarText(YamlNode value, string valuePath)
    {
        if (value is not YamlScalarNode scalar)
        {
            problems.Add(valuePath, "expected a single value", value.Start.Line);
            return null;
        }

        if (YamlScalars.IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            problems.Add(valuePath, "must not be empty", value.Start.Line);
            return null;
        }

        return scalar.Value;
    }

    private IReadOnlyList<T>? Sequence<T>(string key, bool required, Func<YamlNode, string, T> readItem)
    {
        var value = Value(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            problems.Add(PathOf(key), "expected a non-empty list", value.Start.Line);
            return null;
        }

        return [.. sequence.Children.Select((item, index) => readItem(item, $"{PathOf(key)}[{index}]"))];
    }

    private T? ReadMapping<T>(YamlNode value, string valuePath, Func<YamlMappingReader, T> read)
        where T : class
    {
        if (value is not YamlMappingNode mapping)
        {
            problems.Add(valuePath, "expected a set of fields", value.Start.Line);
            return null;
        }

        var reader = new YamlMappingReader(mapping, valuePath, problems);
        var result = read(reader);
        reader.ReportUnknownKeys();
        return result;
    }

    /// <summary>The field's value, or null (reported when required) if it is absent or empty.</summary>
    private YamlNode? Value(string key, bool required)
    {
        _knownKeys.Add(key);
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !YamlScalars.IsNull(value))
        {
            return value;
        }

        if (required)
        {
            problems.Add(PathOf(key), "is required", (value ?? node).Start.Line);
        }

        return null;
    }

    private string PathOf(string key) => path.Length == 0 ? key : $"{path}.{key}";
}
