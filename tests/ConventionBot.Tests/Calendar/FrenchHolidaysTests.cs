using ConventionBot.Calendar;

namespace ConventionBot.Tests.Calendar;

public sealed class FrenchHolidaysTests
{
    [Theory]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2022, 4, 17)]
    [InlineData(2023, 4, 9)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_MatchesTheCalendar(int year, int month, int day)
    {
        var easter = FrenchHolidays.EasterSunday(year);

        Assert.Equal(new DateOnly(year, month, day), easter);
    }

    [Theory]
    [InlineData(2023, "2023-04-10", "2023-05-18", "2023-05-29")]
    [InlineData(2024, "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2025, "2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData(2026, "2026-04-06", "2026-05-14", "2026-05-25")]
    public void PublicHolidays_MovableFeasts_FollowEaster(int year, string easterMonday, string ascension, string whitMonday)
    {
        var holidays = FrenchHolidays.PublicHolidays(year);

        Assert.Equal(11, holidays.Count);
        Assert.Contains(DateOnly.Parse(easterMonday, System.Globalization.CultureInfo.InvariantCulture), holidays);
        Assert.Contains(DateOnly.Parse(ascension, System.Globalization.CultureInfo.InvariantCulture), holidays);
        Assert.Contains(DateOnly.Parse(whitMonday, System.Globalization.CultureInfo.InvariantCulture), holidays);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(5, 8)]
    [InlineData(7, 14)]
    [InlineData(8, 15)]
    [InlineData(11, 1)]
    [InlineData(11, 11)]
    [InlineData(12, 25)]
    public void IsPublicHoliday_FixedHolidays_AreHolidaysEveryYear(int month, int day)
    {
        foreach (var year in new[] { 2022, 2024, 2027 })
        {
            Assert.True(FrenchHolidays.IsPublicHoliday(new DateOnly(year, month, day)), $"{day}/{month}/{year}");
        }
    }

    [Fact]
    public void IsPublicHoliday_GoodFridayAndBoxingDay_AreWorkingDaysOutsideAlsaceMoselle()
    {
        Assert.True(FrenchHolidays.IsWorkingDay(new DateOnly(2024, 3, 29)));
        Assert.True(FrenchHolidays.IsWorkingDay(new DateOnly(2023, 12, 26)));
    }

    [Fact]
    public void WorkingDayOnOrBefore_AscensionThenVictoryDay_GoesBackTwoDays()
    {
        // Thursday 9 May 2024 is Ascension, Wednesday 8 May is Victory in Europe Day.
        var day = FrenchHolidays.WorkingDayOnOrBefore(new DateOnly(2024, 5, 9));

        Assert.Equal(new DateOnly(2024, 5, 7), day);
    }

    [Fact]
    public void WorkingDayOnOrBefore_WhitMondayAfterAWeekend_GoesBackToFriday()
    {
        var day = FrenchHolidays.WorkingDayOnOrBefore(new DateOnly(2024, 5, 20));

        Assert.Equal(new DateOnly(2024, 5, 17), day);
    }

    [Fact]
    public void WorkingDayOnOrBefore_WorkingDay_IsItself()
    {
        var day = FrenchHolidays.WorkingDayOnOrBefore(new DateOnly(2024, 5, 21));

        Assert.Equal(new DateOnly(2024, 5, 21), day);
    }
}
