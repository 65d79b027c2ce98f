using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace ConventionBot.Tests.Scheduling;

/// <summary>Counts the Table requests of one notification sent to several conversations, and prints them.</summary>
public sealed class FanOutRoundTripTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(SchedulingApp.Start);
    private readonly StorageRequestCounter _counter = new();
    private FakeConnector _connector = null!;
    private SchedulingApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new SchedulingApp(TestStorage.UniquePrefix(), _clock, testServices: _counter.AddTo);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task FanOut_TenConversations_ReadsTheConversationReferencesInOneQuery()
    {
        string[] conversations = [.. Enumerable.Range(1, 10).Select(i => $"a:{i}")];
        await _app.RememberAsync(_connector.ServiceUrl, conversations);
        var dueAt = SchedulingApp.Start.AddHours(1);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("fanout:1", dueAt, "rappel", conversations), default);
        _counter.Clear();

        _clock.SetUtcNow(dueAt);
        await _connector.WaitForCallsAsync(conversations.Length);
        await SchedulingApp.WaitUntilIdleAsync(_app);

        var requests = _counter.Requests;
        var referenceReads = requests.Count(r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("ConversationReferences", StringComparison.Ordinal));
        output.WriteLine($"Table requests — one notification to {conversations.Length} conversations: {requests.Count}, "
            + $"of which {referenceReads} conversation-reference reads\n      " + string.Join("\n      ", requests));
        Assert.Equal(conversations.Length, _connector.Calls.Count);
        // The references are read once for the whole notification (by whoever lists the recipients, or else by the
        // fan-out in one query), never per conversation.
        Assert.True(referenceReads <= 1, $"{referenceReads} conversation-reference reads for {conversations.Length} conversations");
    }
}
