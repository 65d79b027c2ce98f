using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Tests.Calendar;

public sealed class DurationTextTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(45, "45\u00a0min")]
    [InlineData(120, "2\u00a0h")]
    [InlineData(90, "1\u00a0h\u00a030")]
    public void Duration_French_IsShortAndNeverBreaks(int minutes, string expected)
    {
        Assert.Equal(expected, DurationText.Duration(TimeSpan.FromMinutes(minutes), Language.French));
    }

    [Theory]
    [InlineData(45, "45\u00a0min")]
    [InlineData(90, "1\u00a0h\u00a030\u00a0min")]
    public void Duration_English_SaysTheMinutes(int minutes, string expected)
    {
        Assert.Equal(expected, DurationText.Duration(TimeSpan.FromMinutes(minutes), Language.English));
    }

    [Theory]
    [InlineData(7 * 24 * 60, "dans 7 jours")]
    [InlineData(24 * 60, "demain")]
    [InlineData(150, "aujourd’hui, dans 2\u00a0h")]
    [InlineData(2, "dans 2\u00a0min")]
    public void Ahead_French_SaysHowFar(int minutes, string expected)
    {
        var now = Utc(2024, 3, 5, 8);

        Assert.Equal(expected, DurationText.Ahead(now.AddMinutes(minutes), now, Language.French));
    }

    [Theory]
    [InlineData(24 * 60, "tomorrow")]
    [InlineData(150, "today, in 2\u00a0h")]
    [InlineData(1, "in 1\u00a0min")]
    public void Ahead_English_SaysHowFar(int minutes, string expected)
    {
        var now = Utc(2024, 3, 5, 8);

        Assert.Equal(expected, DurationText.Ahead(now.AddMinutes(minutes), now, Language.English));
    }

    [Fact]
    public void Ahead_LateEveningToNextMorning_CountsParisDays()
    {
        // 23:30 in Paris (22:30 UTC) to 08:00 the next day in Paris: "demain", though under 24 hours away.
        var now = Utc(2024, 3, 5, 22, 30);

        Assert.Equal("demain", DurationText.Ahead(Utc(2024, 3, 6, 7), now, Language.French));
    }

    [Theory]
    [InlineData(0, "aujourd’hui", "today")]
    [InlineData(1, "demain", "tomorrow")]
    [InlineData(12, "dans 12 jours", "in 12 days")]
    public void DaysFromNow_BothLanguages_SayTheDistance(int days, string french, string english)
    {
        Assert.Equal(french, DurationText.DaysFromNow(days, Language.French));
        Assert.Equal(english, DurationText.DaysFromNow(days, Language.English));
    }
}
