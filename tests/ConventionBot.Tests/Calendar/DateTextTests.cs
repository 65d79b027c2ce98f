using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Tests.Calendar;

public sealed class DateTextTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Day_FirstOfTheMonth_French_Says1er()
    {
        Assert.Equal("lundi 1er juillet 2024", DateText.Day(new DateOnly(2024, 7, 1), Language.French));
        Assert.Equal("1er janvier 2025", DateText.Date(new DateOnly(2025, 1, 1), Language.French));
    }

    [Fact]
    public void Day_OtherDays_French_AreCardinal()
    {
        Assert.Equal("vendredi 31 janvier 2025", DateText.Day(new DateOnly(2025, 1, 31), Language.French));
        Assert.Equal("samedi 2 août 2025", DateText.Day(new DateOnly(2025, 8, 2), Language.French));
    }

    [Fact]
    public void Day_English_IsWrittenTheBritishWay()
    {
        Assert.Equal("Monday 1 July 2024", DateText.Day(new DateOnly(2024, 7, 1), Language.English));
        Assert.Equal("1 January 2025", DateText.Date(new DateOnly(2025, 1, 1), Language.English));
    }

    [Theory]
    [InlineData(14, 30, "14\u00a0h\u00a030", "14:30")]
    [InlineData(9, 5, "9\u00a0h\u00a005", "09:05")]
    [InlineData(0, 0, "0\u00a0h\u00a000", "00:00")]
    public void Hour_BothLanguages_FrenchNeverBreaks(int hour, int minute, string french, string english)
    {
        Assert.Equal(french, DateText.Hour(new TimeOnly(hour, minute), Language.French));
        Assert.Equal(english, DateText.Hour(new TimeOnly(hour, minute), Language.English));
    }

    [Fact]
    public void Moment_French_IsWrittenTheFrenchWayInParisTime()
    {
        Assert.Equal("mardi 14 mars 2023 à 10\u00a0h\u00a000", DateText.Moment(Utc(2023, 3, 14, 9), Language.French));
        Assert.Equal("mardi 1er octobre 2024 à 9\u00a0h\u00a030", DateText.Moment(Utc(2024, 10, 1, 7, 30), Language.French));
    }

    [Fact]
    public void Moment_English_IsWrittenTheBritishWay()
    {
        Assert.Equal("Tuesday 14 March 2023 at 10:00", DateText.Moment(Utc(2023, 3, 14, 9), Language.English));
    }

    [Fact]
    public void Moment_LateEveningUtc_IsTheNextDayInParis()
    {
        Assert.Equal("samedi 1er juin 2024 à 0\u00a0h\u00a030", DateText.Moment(Utc(2024, 5, 31, 22, 30), Language.French));
    }

    [Fact]
    public void Numeric_DateAndInstant_AreForTables()
    {
        Assert.Equal("01/07/2024", DateText.Numeric(new DateOnly(2024, 7, 1)));
        Assert.Equal("01/07/2024 14:30", DateText.Numeric(Utc(2024, 7, 1, 12, 30)));
    }

    [Theory]
    [InlineData("2024-07-01", 2024, 7, 1)]
    [InlineData(" 2024-07-01 ", 2024, 7, 1)]
    public void ParseInput_InputDateFormat_IsRead(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateText.ParseInput(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01/07/2024")]
    [InlineData("2024-02-30")]
    public void ParseInput_AnythingElse_IsNull(string? text)
    {
        Assert.Null(DateText.ParseInput(text));
    }
}
