using ConventionBot.BotFramework.Connector;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class SendLogTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly RateLimitRule[] SixPerMinute = [new(6, TimeSpan.FromMinutes(1))];

    [Fact]
    public void Add_MoreSlotsThanTheFirstRing_KeepsThemInOrder()
    {
        var log = new SendLog(capacity: 8);

        for (var i = 0; i < 6; i++)
        {
            log.Add(Start.AddSeconds(i));
        }

        // Six sends in the window: the next waits until the oldest (second 0) leaves it.
        Assert.Equal(Start.AddMinutes(1), log.NextSlot(Start.AddSeconds(6), SixPerMinute));
        Assert.Equal(Start.AddSeconds(5), log.Newest);
    }

    [Fact]
    public void MoveLater_AfterTheRingGrew_MovesTheBookedSend()
    {
        var log = new SendLog(capacity: 8);
        var first = log.Add(Start);
        for (var i = 1; i < 6; i++)
        {
            log.Add(Start.AddSeconds(i));
        }

        log.MoveLater(first, Start.AddSeconds(10));

        Assert.Equal(Start.AddSeconds(10).AddMinutes(1), log.NextSlot(Start.AddSeconds(6), SixPerMinute));
    }

    [Fact]
    public void Add_BeyondCapacity_KeepsTheMostRecent()
    {
        var log = new SendLog(capacity: 6);

        for (var i = 0; i < 10; i++)
        {
            log.Add(Start.AddSeconds(i));
        }

        // The six most recent are seconds 4 to 9: the next waits until second 4 leaves the window.
        Assert.Equal(Start.AddSeconds(4).AddMinutes(1), log.NextSlot(Start.AddSeconds(10), SixPerMinute));
    }
}
