using System.Globalization;

namespace ConventionBot.Calendar;

/// <summary>
/// Dates and times as people write them, in Paris time: "lundi 1er juillet 2024 à 14 h 30" or
/// "Monday 1 July 2024 at 14:30". Names are pinned here so the text does not depend on ICU data.
/// </summary>
internal static class DateText
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] FrenchWeekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    private static readonly string[] EnglishWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>"1er juillet 2024" / "1 July 2024".</summary>
    public static string Date(DateOnly date, Language language)
    {
        var day = language == Language.French && date.Day == 1 ? "1er" : Invariant(date.Day);
        var month = (language == Language.French ? FrenchMonths : EnglishMonths)[date.Month - 1];
        return $"{day} {month} {Invariant(date.Year)}";
    }

    /// <summary>"lundi 1er juillet 2024" / "Monday 1 July 2024".</summary>
    public static string Day(DateOnly date, Language language) =>
        $"{(language == Language.French ? FrenchWeekdays : EnglishWeekdays)[(int)date.DayOfWeek]} {Date(date, language)}";

    /// <summary>"14 h 30" (no-break spaces, so it never wraps) / "14:30".</summary>
    public static string Hour(TimeOnly time, Language language) => language.Pick(
        $"{Invariant(time.Hour)}{Typography.NoBreakSpace}h{Typography.NoBreakSpace}{time.Minute.ToString("00", CultureInfo.InvariantCulture)}",
        time.ToString("HH:mm", CultureInfo.InvariantCulture));

    /// <summary>"lundi 1er juillet 2024 à 14 h 30" / "Monday 1 July 2024 at 14:30", in Paris time.</summary>
    public static string Moment(DateTimeOffset instant, Language language)
    {
        var local = ParisTime.ToLocal(instant);
        var day = Day(local.Date.ToDateOnly(), language);
        var hour = Hour(local.TimeOfDay.ToTimeOnly(), language);
        return language.Pick($"{day} à {hour}", $"{day} at {hour}");
    }

    /// <summary>"01/07/2024", for tables and lists.</summary>
    public static string Numeric(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"01/07/2024 14:30" in Paris time, for tables.</summary>
    public static string Numeric(DateTimeOffset instant) =>
        ParisTime.ToLocal(instant).ToDateTimeUnspecified().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A date as Input.Date sends it (yyyy-MM-dd), or null.</summary>
    public static DateOnly? ParseInput(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
