
namespace ConventionBot.Calendar;

/// <summary>Lengths of time and how far away a day is: "1 h 30", "dans 12 jours" / "1 h 30 min", "in 12 days".</summary>
internal static class DurationText
{
    private const char Nbsp = Typography.NoBreakSpace;

    /// <summary>"1 h 30", "2 h", "45 min" (French) or "1 h 30 min", "2 h", "45 min" (English), never wrapping.</summary>
    public static string Duration(TimeSpan duration, Language language)
    {
        var hours = (int)duration.TotalHours;
        var minutes = duration.Minutes;
        return (hours, minutes) switch
        {
            (0, _) => $"{minutes}{Nbsp}min",
            (_, 0) => $"{hours}{Nbsp}h",
            _ => language.Pick($"{hours}{Nbsp}h{Nbsp}{minutes:00}", $"{hours}{Nbsp}h{Nbsp}{minutes:00}{Nbsp}min"),
        };
    }

    /// <summary>"aujourd’hui", "demain", "dans 12 jours" / "today", "tomorrow", "in 12 days".</summary>
    public static string DaysFromNow(int days, Language language) => days switch
    {
        0 => language.Pick("aujourd’hui", "today"),
        1 => language.Pick("demain", "tomorrow"),
        _ => language.Pick($"dans {days} jours", $"in {days} days"),
    };

    /// <summary>
    /// How far ahead <paramref name="start"/> is, as a reminder says it: in Paris days while it is not
    /// today ("demain", "dans 7 jours"), then in hours ("aujourd’hui, dans 2 h") and minutes ("dans 2 min").
    /// </summary>
    public static string Ahead(DateTimeOffset start, DateTimeOffset now, Language language)
    {
        var days = ParisTime.DateOf(start).DayNumber - ParisTime.DateOf(now).DayNumber;
        var left = start - now;
        if (days >= 1)
        {
            return DaysFromNow(days, language);
        }
        if (left >= TimeSpan.FromHours(1))
        {
            var hours = (int)left.TotalHours;
            return language.Pick($"aujourd’hui, dans {hours}{Nbsp}h", $"today, in {hours}{Nbsp}h");
        }
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        return language.Pick($"dans {minutes}{Nbsp}min", $"in {minutes}{Nbsp}min");
    }
}
