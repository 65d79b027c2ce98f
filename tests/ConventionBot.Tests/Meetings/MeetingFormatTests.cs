using ConventionBot.Conversation;
using ConventionBot.Meetings;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

public sealed class MeetingFormatTests
{
    [Fact]
    public void When_French_IsWrittenTheFrenchWayInParisTime()
    {
        Assert.Equal("mardi 14 mars 2023 à 10 h 00", MeetingFormat.When(Utc(2023, 3, 14, 9), Language.French));
        Assert.Equal("mardi 1er octobre 2024 à 9 h 30", MeetingFormat.When(Utc(2024, 10, 1, 7, 30), Language.French));
    }

    [Fact]
    public void When_English_IsWrittenTheBritishWay()
    {
        Assert.Equal("Tuesday 14 March 2023 at 10:00", MeetingFormat.When(Utc(2023, 3, 14, 9), Language.English));
    }

    [Theory]
    [InlineData(45, "45 min")]
    [InlineData(120, "2 h")]
    [InlineData(90, "1 h 30")]
    public void Duration_French_IsShort(int minutes, string expected)
    {
        Assert.Equal(expected, MeetingFormat.Duration(TimeSpan.FromMinutes(minutes), Language.French));
    }

    [Theory]
    [InlineData(7 * 24 * 60, "dans 7 jours")]
    [InlineData(24 * 60, "demain")]
    [InlineData(150, "aujourd’hui, dans 2 h")]
    [InlineData(2, "dans 2 min")]
    public void Ahead_French_SaysHowFar(int minutes, string expected)
    {
        var now = Utc(2024, 3, 5, 8);

        Assert.Equal(expected, MeetingFormat.Ahead(now.AddMinutes(minutes), now, Language.French));
    }
}
