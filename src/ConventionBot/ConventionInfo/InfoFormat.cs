using System.Globalization;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>Dates, amounts and typography as the cards show them: French style, English when asked.</summary>
internal static class InfoFormat
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // French groups thousands with a narrow no-break space; set here so it does not depend on the ICU version.
    private static readonly NumberFormatInfo FrenchNumbers = new() { NumberGroupSeparator = "\u202f", NumberDecimalSeparator = "," };

    /// <summary>"1er janvier 2025" / "1 January 2025", with the weekday in front when asked ("mercredi 1er janvier 2025").</summary>
    public static string Date(DateOnly date, Language language, bool weekday = false)
    {
        var culture = Culture(language);
        var day = language == Language.French && date.Day == 1 ? "1er" : date.Day.ToString(culture);
        var text = $"{day} {culture.DateTimeFormat.GetMonthName(date.Month)} {date.Year.ToString(culture)}";
        return weekday ? $"{culture.DateTimeFormat.GetDayName(date.DayOfWeek)} {text}" : text;
    }

    /// <summary>The weekday and date in Paris, plus the time unless it is midnight (a date-only deadline).</summary>
    public static string Moment(DateTimeOffset when, Language language)
    {
        var local = TimeZoneInfo.ConvertTime(when, Paris);
        var date = Date(DateOnly.FromDateTime(local.DateTime), language, weekday: true);
        if (local.TimeOfDay == TimeSpan.Zero)
        {
            return date;
        }
        return language.Pick(
            $"{date} à {local.Hour.ToString(French)} h {local.Minute.ToString("00", French)}",
            $"{date} at {local.ToString("HH:mm", English)}");
    }

    /// <summary>The date in Paris of an instant.</summary>
    public static DateOnly ParisDate(DateTimeOffset when) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(when, Paris).DateTime);

    /// <summary>Midnight in Paris at the start of <paramref name="date"/>.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Paris.GetUtcOffset(midnight));
    }

    /// <summary>"20 000 €" / "€20,000".</summary>
    public static string Amount(decimal amount, string currency, Language language)
    {
        var symbol = currency == "EUR" ? "€" : currency;
        return language.Pick(
            $"{amount.ToString("#,0.##", FrenchNumbers)}\u00a0{symbol}",
            $"{symbol}{amount.ToString("#,0.##", English)}");
    }

    /// <summary>"demain", "dans 12 jours" / "tomorrow", "in 12 days".</summary>
    public static string DaysFromNow(int days, Language language) => days switch
    {
        0 => language.Pick("aujourd’hui", "today"),
        1 => language.Pick("demain", "tomorrow"),
        _ => language.Pick($"dans {days} jours", $"in {days} days"),
    };

    /// <summary>Typographic apostrophes for texts quoted from a definition file.</summary>
    public static string Typographic(string text) => text.Replace('\'', '’');

    private static CultureInfo Culture(Language language) => language == Language.French ? French : English;
}
