using System.Globalization;

namespace ConventionBot.TableStorage;

/// <summary>Builds OData filters from interpolated strings, quoting and escaping every argument.</summary>
internal static class TableOdataFilter
{
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var arguments = filter.GetArguments().Select(FormatArgument).ToArray();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, arguments);
    }

    private static string FormatArgument(object? argument) => argument switch
    {
        null => "null",
        string s => Quote(s),
        char c => Quote(c.ToString()),
        bool b => b ? "true" : "false",
        int or short or byte or sbyte or ushort or uint => ((IFormattable)argument).ToString(null, CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        Guid g => $"guid'{g:D}'",
        DateTimeOffset dto => $"datetime'{EntityJsonWriter.FormatDateTime(dto.UtcDateTime)}'",
        DateTime dt => $"datetime'{EntityJsonWriter.FormatDateTime(dt)}'",
        byte[] bytes => $"X'{Convert.ToHexStringLower(bytes)}'",
        BinaryData data => $"X'{Convert.ToHexStringLower(data.ToMemory().Span)}'",
        Enum e => Quote(e.ToString()),
        _ => throw new NotSupportedException(
            $"Filter arguments of type {argument.GetType().Name} are not supported; convert them to a supported type first."),
    };

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string FormatDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new NotSupportedException("NaN and infinities cannot be used in a filter.");
        }

        // A whole number without a decimal point would be compared as an Int32.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
