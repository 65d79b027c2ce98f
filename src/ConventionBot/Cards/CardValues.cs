using System.Globalization;
using System.Text.RegularExpressions;

namespace ConventionBot.Cards;

/// <summary>Dates, times and numbers as Teams sends them (ISO), or as people type them in a plain text field.</summary>
internal static partial class CardValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d/M/yy"];

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>"14:30", "14:30:00", "14h30", "14 h", "9h".</summary>
    public static TimeOnly? Time(string? text)
    {
        var match = TimePattern().Match(text ?? "");
        if (!match.Success)
        {
            return null;
        }
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>A whole number as typed or as a number input sends it: "90", "90.0", "90,0"; null for "90,5".</summary>
    public static int? WholeNumber(string? text) =>
        double.TryParse(text?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value == Math.Floor(value) && Math.Abs(value) < int.MaxValue
            ? (int)value
            : null;

    /// <summary>The values a multi-select choice set sends, comma-separated ("1,3"); blanks left out.</summary>
    public static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^\s*(?<h>\d{1,2})\s*(?:[:hH]\s*(?<m>\d{2})?(?::\d{2})?)?\s*$")]
    private static partial Regex TimePattern();
}
