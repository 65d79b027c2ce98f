using ConventionBot.Calendar;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace ConventionBot.Tests.Calendar;

/// <summary>Paris clocks went forward at 02:00 on 31 March 2024 and back at 03:00 on 27 October 2024.</summary>
public sealed class ParisTimeTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2024, 1, 15, 9, 8)]
    [InlineData(2024, 7, 15, 9, 7)]
    [InlineData(2024, 3, 31, 1, 0)]
    [InlineData(2024, 3, 31, 3, 1)]
    public void At_WinterAndSummer_UsesTheOffsetOfThatDay(int year, int month, int day, int hour, int utcHour)
    {
        Assert.Equal(Utc(year, month, day, utcHour), ParisTime.At(new DateOnly(year, month, day), TimeSpan.FromHours(hour)));
    }

    [Fact]
    public void At_InTheHourSkippedInMarch_MovesForwardByTheGap()
    {
        // 02:30 does not exist on 31 March 2024: it is read as 03:30 summer time.
        Assert.Equal(Utc(2024, 3, 31, 1, 30), ParisTime.At(new DateOnly(2024, 3, 31), new TimeSpan(2, 30, 0)));
    }

    [Fact]
    public void At_InTheHourRepeatedInOctober_IsTheFirstOne()
    {
        Assert.Equal(Utc(2024, 10, 27, 0, 30), ParisTime.At(new DateOnly(2024, 10, 27), new TimeSpan(2, 30, 0)));
    }

    [Fact]
    public void At_ShiftAcrossTheChangeToSummerTime_KeepsTheWallClock()
    {
        var deadline = new DateOnly(2024, 4, 10);

        var reminder = ParisTime.At(deadline, TimeSpan.FromHours(9), -TimeSpan.FromDays(14));

        Assert.Equal(Utc(2024, 3, 27, 8), reminder); // 09:00 winter time
        Assert.Equal(Utc(2024, 4, 10, 7), ParisTime.At(deadline, TimeSpan.FromHours(9))); // 09:00 summer time
    }

    [Fact]
    public void At_LocalDateTimeInTheGap_IsLenient()
    {
        Assert.Equal(Utc(2024, 3, 31, 1, 30), ParisTime.At(new LocalDateTime(2024, 3, 31, 2, 30)));
        Assert.Equal(Utc(2024, 10, 27, 0, 30), ParisTime.At(new LocalDateTime(2024, 10, 27, 2, 30)));
    }

    [Fact]
    public void ExactlyAt_InTheHourSkippedInMarch_IsNull()
    {
        Assert.Null(ParisTime.ExactlyAt(new DateOnly(2024, 3, 31), new TimeOnly(2, 30)));
        Assert.Equal(Utc(2024, 3, 31, 1), ParisTime.ExactlyAt(new DateOnly(2024, 3, 31), new TimeOnly(3, 0)));
    }

    [Fact]
    public void ExactlyAt_InTheHourRepeatedInOctober_IsTheSummerTimeOne()
    {
        Assert.Equal(Utc(2024, 10, 27, 0, 30), ParisTime.ExactlyAt(new DateOnly(2024, 10, 27), new TimeOnly(2, 30)));
        Assert.Equal(Utc(2024, 10, 27, 2), ParisTime.ExactlyAt(new DateOnly(2024, 10, 27), new TimeOnly(3, 0)));
    }

    [Fact]
    public void EndOf_DaysAroundTheChanges_IsTheNextParisMidnight()
    {
        Assert.Equal(Utc(2024, 3, 30, 23), ParisTime.EndOf(new DateOnly(2024, 3, 30)));
        Assert.Equal(Utc(2024, 3, 31, 22), ParisTime.EndOf(new DateOnly(2024, 3, 31)));
        Assert.Equal(Utc(2024, 10, 27, 23), ParisTime.EndOf(new DateOnly(2024, 10, 27)));
        Assert.Equal(Utc(2024, 10, 26, 22), ParisTime.StartOf(new DateOnly(2024, 10, 27)));
    }

    [Theory]
    [InlineData(2024, 10, 26, 22, 30, 2024, 10, 27)]
    [InlineData(2024, 10, 27, 22, 30, 2024, 10, 27)]
    [InlineData(2024, 10, 27, 23, 30, 2024, 10, 28)]
    [InlineData(2024, 3, 30, 23, 30, 2024, 3, 31)]
    public void DateOf_AroundMidnight_IsTheParisDate(int year, int month, int day, int hour, int minute, int pYear, int pMonth, int pDay)
    {
        Assert.Equal(new DateOnly(pYear, pMonth, pDay), ParisTime.DateOf(Utc(year, month, day, hour, minute)));
    }

    [Fact]
    public void Today_LateEveningUtc_IsTomorrowInParis()
    {
        var time = new FakeTimeProvider(Utc(2024, 12, 31, 23, 30));

        Assert.Equal(new DateOnly(2025, 1, 1), ParisTime.Today(time));
    }
}
