using System.Globalization;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>Dates as the convention's people live them: Europe/Paris, written the French way (or the English way).</summary>
public static class ParisCalendar
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    /// <summary>The date in Paris at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant <paramref name="day"/> reaches <paramref name="timeOfDay"/> in Paris.</summary>
    public static DateTimeOffset At(DateOnly day, TimeSpan timeOfDay) => At(day, timeOfDay, TimeSpan.Zero);

    /// <summary>
    /// The instant the Paris clock shows <paramref name="day"/> at <paramref name="timeOfDay"/>, moved by
    /// <paramref name="shift"/> on the wall clock: "J-14 at 09:00" stays at 09:00 across a change to summer time.
    /// </summary>
    public static DateTimeOffset At(DateOnly day, TimeSpan timeOfDay, TimeSpan shift)
    {
        var local = day.ToDateTime(TimeOnly.MinValue) + timeOfDay + shift;
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1); // In the hour skipped in March: the first valid minute after it.
        }
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The first instant after <paramref name="day"/> in Paris: a deadline day is over then.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => At(day.AddDays(1), TimeSpan.Zero);

    /// <summary>"vendredi 31 janvier 2025" / "Friday 31 January 2025".</summary>
    public static string Day(DateOnly day, Language language) =>
        day.ToString("dddd d MMMM yyyy", language == Language.English ? English : French);

    /// <summary>"mardi 14 mars 2023 à 10 h 00" / "Tuesday 14 March 2023 at 10:00", in Paris time.</summary>
    public static string Moment(DateTimeOffset instant, Language language)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        return language == Language.English
            ? local.ToString("dddd d MMMM yyyy 'at' HH:mm", English)
            : local.ToString("dddd d MMMM yyyy 'à' H 'h' mm", French);
    }

    /// <summary>"14/03/2023", for tables.</summary>
    public static string Numeric(DateOnly day) => day.ToString("dd/MM/yyyy", French);

    /// <summary>"14/03/2023 10:00" in Paris time, for tables.</summary>
    public static string Numeric(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).ToString("dd/MM/yyyy HH:mm", French);

    /// <summary>A date as Input.Date sends it (yyyy-MM-dd), or null.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A count the French way: "2 500" with a narrow no-break space.</summary>
    public static string Number(long value, Language language) =>
        value.ToString("N0", language == Language.English ? English : French);
}
