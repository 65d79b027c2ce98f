using System.Globalization;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>Dates and durations as people write them: "mardi 14 mars 2023 à 10 h 00", Europe/Paris time.</summary>
internal static class MeetingFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string When(DateTimeOffset instant, Language language)
    {
        var local = ParisTime.ToLocal(instant);
        return language.Pick(
            $"{Day(local.Date.ToDateOnly(), language)} à {local.Hour} h {local.Minute:00}",
            $"{Day(local.Date.ToDateOnly(), language)} at {local.Hour:00}:{local.Minute:00}");
    }

    /// <summary>"mardi 14 mars 2023" ("1er" on the first of the month, as French typography wants).</summary>
    public static string Day(DateOnly date, Language language)
    {
        if (language == Language.English)
        {
            return date.ToString("dddd d MMMM yyyy", English);
        }
        var day = date.Day == 1 ? "1er" : date.Day.ToString(French);
        return $"{date.ToString("dddd", French)} {day} {date.ToString("MMMM yyyy", French)}";
    }

    public static string ShortDay(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1 h 30", "45 min" (French) or "1 h 30 min", "45 min" (English).</summary>
    public static string Duration(TimeSpan duration, Language language)
    {
        var hours = (int)duration.TotalHours;
        var minutes = duration.Minutes;
        return (hours, minutes) switch
        {
            (0, _) => $"{minutes} min",
            (_, 0) => $"{hours} h",
            _ => language.Pick($"{hours} h {minutes:00}", $"{hours} h {minutes:00} min"),
        };
    }

    /// <summary>How far ahead the meeting is, as a reminder says it: "demain", "dans 7 jours", "dans 2 minutes".</summary>
    public static string Ahead(DateTimeOffset start, DateTimeOffset now, Language language)
    {
        var days = ParisTime.DateOf(start).DayNumber - ParisTime.DateOf(now).DayNumber;
        var left = start - now;
        return days switch
        {
            > 1 => language.Pick($"dans {days} jours", $"in {days} days"),
            1 => language.Pick("demain", "tomorrow"),
            _ when left >= TimeSpan.FromHours(1) => language.Pick($"aujourd’hui, dans {(int)left.TotalHours} h", $"today, in {(int)left.TotalHours} h"),
            _ => language.Pick($"dans {Math.Max(1, (int)Math.Ceiling(left.TotalMinutes))} min", $"in {Math.Max(1, (int)Math.Ceiling(left.TotalMinutes))} min"),
        };
    }
}
