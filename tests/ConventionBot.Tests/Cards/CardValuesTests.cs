using ConventionBot.Cards;

namespace ConventionBot.Tests.Cards;

public sealed class CardValuesTests
{
    [Theory]
    [InlineData("2024-04-02")]
    [InlineData("02/04/2024")]
    [InlineData("2/4/2024")]
    [InlineData("02-04-2024")]
    [InlineData("2/4/24")]
    public void Date_IsoOrFrenchTyping_IsRead(string text)
    {
        Assert.Equal(new DateOnly(2024, 4, 2), CardValues.Date(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("04/31/2024")]
    [InlineData("demain")]
    public void Date_NotADate_IsNull(string? text)
    {
        Assert.Null(CardValues.Date(text));
    }

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("14:30:00", 14, 30)]
    [InlineData("14h30", 14, 30)]
    [InlineData("14 h", 14, 0)]
    [InlineData("9h", 9, 0)]
    public void Time_IsoOrFrenchTyping_IsRead(string text, int hour, int minute)
    {
        Assert.Equal(new TimeOnly(hour, minute), CardValues.Time(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("24h")]
    [InlineData("14h60")]
    [InlineData("midi")]
    public void Time_NotATime_IsNull(string? text)
    {
        Assert.Null(CardValues.Time(text));
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("90.0", 90)]
    [InlineData("90,0", 90)]
    [InlineData("90,5", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void WholeNumber_Typed_IsReadOnlyWhenWhole(string? text, int? expected)
    {
        Assert.Equal(expected, CardValues.WholeNumber(text));
    }
}
