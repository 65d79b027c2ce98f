using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class ConversationRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);

    [Fact]
    public void Reserve_TenSendsAtOnceToOneConversation_SpacesThemByTeamsWindows()
    {
        var limiter = Limiter();

        var delays = Enumerable.Range(0, 10).Select(_ => limiter.Reserve("a:1").TotalSeconds).ToArray();

        // 7 per 1 s lets seven go now; 8 per 2 s then holds the 9th and 10th until the first leaves its 2 s window.
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 2, 2], delays);
    }

    [Fact]
    public void Reserve_OtherConversationBusy_DoesNotWait()
    {
        var limiter = Limiter();
        for (var i = 0; i < 10; i++)
        {
            limiter.Reserve("a:busy");
        }

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a:quiet"));
    }

    [Fact]
    public void Reserve_SendingAsSoonAsAllowed_NeverExceedsAnyWindowNorWaitsLonger()
    {
        var limiter = Limiter();
        var sent = new List<DateTimeOffset>();

        for (var i = 0; i < 200; i++)
        {
            _clock.Advance(limiter.Reserve("a:1"));
            sent.Add(_clock.GetUtcNow());
        }

        foreach (var rule in ConnectorOptions.DefaultConversationRateLimits)
        {
            Assert.All(sent, s => Assert.True(sent.Count(t => t >= s && t < s + rule.Window) <= rule.Limit));
        }

        // Each send is at the earliest instant: either no wait, or exactly when some window frees a place.
        Assert.All(sent.Select((slot, index) => (slot, index)).Skip(1), send => Assert.True(
            send.slot == sent[send.index - 1] ||
            ConnectorOptions.DefaultConversationRateLimits.Any(rule =>
                send.index >= rule.Limit && sent[send.index - rule.Limit] + rule.Window == send.slot)));
        Assert.Equal(sent[0] + TimeSpan.FromSeconds(30), sent[60]);
    }

    [Fact]
    public void Sweep_ConversationIdleLongerThanEveryWindow_IsForgotten()
    {
        var limiter = Limiter();
        limiter.Reserve("a:old");
        _clock.Advance(TimeSpan.FromSeconds(30));
        limiter.Reserve("a:recent");

        limiter.Sweep(_clock.GetUtcNow());

        Assert.Equal(1, limiter.TrackedConversations);
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a:old"));
    }

    [Fact]
    public void Reserve_LongestWindowAfterLastSweep_ForgetsIdleConversations()
    {
        // Without the app-wide limit, which would book these 2 000 sends up to 40 s ahead.
        var limiter = new ConversationRateLimiter(
            Options.Create(new ConnectorOptions { AppRateLimits = [] }), _clock, NullLogger<ConversationRateLimiter>.Instance);
        limiter.Reserve("a:old");
        for (var i = 0; i < 2000; i++)
        {
            limiter.Reserve($"a:burst-{i}");
        }
        _clock.Advance(TimeSpan.FromSeconds(30));

        limiter.Reserve("a:recent");

        Assert.Equal(1, limiter.TrackedConversations);
    }

    [Fact]
    public async Task SendToConversationAsync_BurstToOneConversation_IsSpacedWhileAnotherIsNot()
    {
        await using var server = await LoopbackServer.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));
        await using var provider = ConnectorTestHost.Create(
            new Dictionary<string, string?>
            {
                ["Connector:ConversationRateLimits:0:Limit"] = "3",
                ["Connector:ConversationRateLimits:0:Window"] = "00:00:00.300",
            },
            new CountingTokenProvider(),
            clock);
        var connector = provider.Connector();
        var serviceUrl = server.BaseUrl + "/_connector";

        // Burst slots: 0, 0, 0, 300, 300, 300, 600 ms of the (fake) clock, which only moves when the test says.
        var burst = Task.WhenAll(Enumerable.Range(0, 7).Select(_ =>
            connector.SendToConversationAsync(serviceUrl, "a:busy", MessageFactory.Text("Bonjour"))));
        await connector.SendToConversationAsync(serviceUrl, "a:quiet", MessageFactory.Text("Bonjour"));
        var beforeTimeMoves = await SentAsync(server, 4);
        clock.Advance(TimeSpan.FromMilliseconds(300));
        var afterOneWindow = await SentAsync(server, 7);
        clock.Advance(TimeSpan.FromMilliseconds(300));
        await burst;

        Assert.Equal(["a:busy", "a:busy", "a:busy", "a:quiet"], beforeTimeMoves.Order(StringComparer.Ordinal));
        Assert.Equal(6, afterOneWindow.Count(id => id == "a:busy"));
        Assert.Equal(8, server.Requests.Count);
    }

    // Waits for the server to have received `count` requests, then gives the others a moment to show up too.
    private static async Task<List<string>> SentAsync(LoopbackServer server, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (server.Requests.Count < count)
        {
            await Task.Delay(10, timeout.Token);
        }
        await Task.Delay(100, timeout.Token);
        return [.. server.Requests.Select(r => r.Headers["x-ms-conversation-id"])];
    }

    private ConversationRateLimiter Limiter() =>
        new(Options.Create(new ConnectorOptions()), _clock, NullLogger<ConversationRateLimiter>.Instance);
}
