using ConventionBot.BotFramework.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class AppRateLimitTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly RateLimitRule PerSecond = new(50, TimeSpan.FromSeconds(1));

    private readonly FakeTimeProvider _clock = new(Start);

    [Fact]
    public void Reserve_OneSendToEachOf120Conversations_PacesThemAt50PerSecond()
    {
        var limiter = Limiter(PerSecond);

        var delays = Enumerable.Range(0, 120).Select(i => limiter.Reserve($"a:{i}").TotalSeconds).ToArray();

        Assert.Equal(Enumerable.Repeat(0.0, 50).Concat(Enumerable.Repeat(1.0, 50)).Concat(Enumerable.Repeat(2.0, 20)), delays);
    }

    [Fact]
    public void Reserve_CallWithoutConversation_CountsAppWide()
    {
        var limiter = Limiter(new RateLimitRule(2, TimeSpan.FromSeconds(1)));

        limiter.Reserve(null);
        limiter.Reserve("a:1");

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve("a:2"));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve(null));
    }

    [Fact]
    public void Reserve_DefaultOptions_Allow50PerSecondWithMargin()
    {
        var limiter = new ConversationRateLimiter(Options.Create(new ConnectorOptions()), _clock, NullLogger<ConversationRateLimiter>.Instance);

        var delays = Enumerable.Range(0, 51).Select(i => limiter.Reserve($"a:{i}")).ToArray();

        Assert.All(delays.Take(50), d => Assert.Equal(TimeSpan.Zero, d));
        Assert.InRange(delays[50], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.05));
    }

    [Fact]
    public void Depart_SenderWokeLate_LaterBookingsCountFromWhenItReallyLeft()
    {
        var limiter = Limiter(new RateLimitRule(2, TimeSpan.FromSeconds(1)));
        limiter.Reserve("a:1");
        limiter.Reserve("a:2");
        var third = limiter.Book("a:3");

        _clock.Advance(TimeSpan.FromSeconds(1.5));
        limiter.Depart(third);
        limiter.Reserve("a:4");

        Assert.Equal(TimeSpan.FromSeconds(1), third.Delay);
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.Reserve("a:5"));
    }

    [Fact]
    public void Reserve_RandomMixOfBusyAndQuietConversations_NeverBreaksAnyWindow()
    {
        var appRule = new RateLimitRule(10, TimeSpan.FromSeconds(1));
        var limiter = Limiter(appRule);
        var random = new Random(20250314);
        var sends = new List<(string Conversation, DateTimeOffset Slot)>();

        for (var i = 0; i < 3000; i++)
        {
            var conversation = random.Next(4) == 0 ? "a:busy" : $"a:{random.Next(30)}";
            sends.Add((conversation, _clock.GetUtcNow() + limiter.Reserve(conversation)));
            _clock.Advance(TimeSpan.FromMilliseconds(random.Next(0, 40)));
        }

        AssertWithin(sends.Select(s => s.Slot).ToList(), [appRule]);
        foreach (var group in sends.GroupBy(s => s.Conversation))
        {
            AssertWithin(group.Select(s => s.Slot).ToList(), ConnectorOptions.DefaultConversationRateLimits);
        }
    }

    private static void AssertWithin(List<DateTimeOffset> slots, IEnumerable<RateLimitRule> rules)
    {
        var sorted = slots.Order().ToArray();
        foreach (var rule in rules)
        {
            for (var i = rule.Limit; i < sorted.Length; i++)
            {
                Assert.True(sorted[i] - sorted[i - rule.Limit] >= rule.Window, $"{rule.Limit + 1} sends within {rule.Window} at {sorted[i]:O}");
            }
        }
    }

    private ConversationRateLimiter Limiter(RateLimitRule appRule) => new(
        Options.Create(new ConnectorOptions { AppRateLimits = [appRule] }), _clock, NullLogger<ConversationRateLimiter>.Instance);
}
