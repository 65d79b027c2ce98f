namespace ConventionBot.Calendar;

/// <summary>Working days in France: weekends and the eleven public holidays of metropolitan France are off.</summary>
internal static class FrenchHolidays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(date);

    /// <summary>The date itself when it is a working day, otherwise the working day before it.</summary>
    public static DateOnly WorkingDayOnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }
        return date;
    }

    public static bool IsPublicHoliday(DateOnly date) => PublicHolidays(date.Year).Contains(date);

    /// <summary>Jours fériés (Code du travail, art. L3133-1); Good Friday and 26 December are Alsace-Moselle only.</summary>
    public static IReadOnlySet<DateOnly> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),
            easter.AddDays(1),
            new(year, 5, 1),
            new(year, 5, 8),
            easter.AddDays(39),
            easter.AddDays(50),
            new(year, 7, 14),
            new(year, 8, 15),
            new(year, 11, 1),
            new(year, 11, 11),
            new(year, 12, 25),
        };
    }

    /// <summary>Gregorian Easter Sunday (anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100;
        int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
