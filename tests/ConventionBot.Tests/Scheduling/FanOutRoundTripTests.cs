using ConventionBot.Subscriptions.Contract;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
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
        _app = new SchedulingApp(TestStorage.UniquePrefix(), _clock, testServices: services =>
        {
            _counter.AddTo(services);
            services.AddSingleton<INotificationRenderer, PartyRenderer>();
        });
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

        var referenceReads = await SendAndCountAsync(dueAt, conversations.Length, "one notification to 10 listed conversations (bare ids)");

        Assert.Equal(conversations.Length, _connector.Calls.Count);
        // The references are read once for the whole notification (by whoever lists the recipients, or else by the
        // fan-out in one query), never per conversation.
        Assert.True(referenceReads <= 1, $"{referenceReads} conversation-reference reads for {conversations.Length} conversations");
    }

    [Fact]
    public async Task Reminder_TenSubscribedConversations_CarriesTheReferencesReadOnceByTheAudience()
    {
        string[] conversations = [.. Enumerable.Range(1, 10).Select(i => $"a:{i}")];
        await _app.RememberAsync(_connector.ServiceUrl, conversations);
        var subscriptions = _app.Services.GetRequiredService<ISubscriptionStore>();
        foreach (var id in conversations)
        {
            await subscriptions.SubscribeAsync(new Subscription(id, "amp-arhlm-2022-2024", "personal", "arhlm", null, SchedulingApp.Start), default);
        }
        var dueAt = SchedulingApp.Start.AddHours(1);
        await _app.Scheduler.ScheduleAsync(new ScheduledNotification(PartyRenderer.KindName, "party:1", dueAt, "{}"), default);

        var referenceReads = await SendAndCountAsync(dueAt, conversations.Length, "one reminder to the 10 subscribed conversations of a party (ReminderAudience)");

        Assert.Equal(conversations.Length, _connector.Calls.Count);
        Assert.True(referenceReads <= 1, $"{referenceReads} conversation-reference reads for {conversations.Length} conversations");
    }

    private async Task<int> SendAndCountAsync(DateTimeOffset dueAt, int sends, string title)
    {
        _counter.Clear();
        _clock.SetUtcNow(dueAt);
        await _connector.WaitForCallsAsync(sends);
        await SchedulingApp.WaitUntilIdleAsync(_app);

        var requests = _counter.Requests;
        IReadOnlyList<string> referenceReads = [.. requests.Where(r =>
            r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("ConversationReferences", StringComparison.Ordinal))];
        RoundTripReport.Write(output, title, [("notification", requests), ("reference reads", referenceReads)]);
        return referenceReads.Count;
    }

    /// <summary>A reminder as the features write them: the party's subscribed conversations, from <see cref="IReminderAudience"/>.</summary>
    private sealed class PartyRenderer(IReminderAudience audience) : INotificationRenderer
    {
        public const string KindName = "test.party";

        public string Kind => KindName;

        public async Task<IReadOnlyList<NotificationDelivery>> RenderAsync(ScheduledNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var reply = BotReply.WithText("rappel [" + notification.Key + "]");
            return [.. (await audience.PartyAsync("amp-arhlm-2022-2024", "arhlm", cancellationToken)).Select(r => new NotificationDelivery(r.ConversationId, reply, r.Conversation))];
        }
    }
}
