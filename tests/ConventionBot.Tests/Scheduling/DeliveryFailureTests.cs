using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Scheduling;

/// <summary>What the Connector answers decides a delivery's fate: gone, retried later, or failed for good, never lost.</summary>
public sealed class DeliveryFailureTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(SchedulingApp.Start);
    private FakeConnector _connector = null!;
    private SchedulingApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new SchedulingApp(TestStorage.UniquePrefix(), _clock);
        await _app.RememberAsync(_connector.ServiceUrl, "a:ok", "a:blocked", "a:busy", "a:bad");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Dispatcher_ConnectorAnswers403_MarksReferenceInactiveAndDeliveryGone()
    {
        _connector.Fail("a:blocked", 403, errorCode: "ConversationBlockedByUser");

        var rows = await SendNowAsync("meeting:1:P1D", "a:ok", "a:blocked");

        Assert.Equal(DeliveryState.Gone, rows["a:blocked"].State);
        Assert.Equal(DeliveryState.Sent, rows["a:ok"].State);
        var stored = await _app.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("a:blocked", default);
        Assert.False(stored!.IsActive);
        var later = await SendNowAsync("meeting:2:P1D", "a:blocked");
        Assert.Equal(DeliveryState.Skipped, later["a:blocked"].State);
        Assert.Equal("inactive", later["a:blocked"].Reason);
        Assert.Single(_connector.Failures);
    }

    [Fact]
    public async Task Dispatcher_ThrottledBeyondTheConnectorRetries_KeepsDeliveryPendingAndSendsItOnALaterPass()
    {
        // The Connector tries 5 times (1 + 4 retries, honouring Retry-After); 7 refusals outlast one pass.
        _connector.Fail("a:busy", 429, times: 7, retryAfter: TimeSpan.Zero, errorCode: "Throttled");

        var firstPass = await SendNowAsync("meeting:3:P1D", "a:busy");
        Assert.Equal(DeliveryState.Pending, firstPass["a:busy"].State);
        Assert.Empty(_connector.Calls);
        _clock.Advance(SchedulingApp.RetryDelay);
        await _connector.WaitForCallsAsync(1);
        var rows = await WaitForFinalAsync("meeting:3:P1D", "a:busy");

        Assert.Equal(DeliveryState.Sent, rows["a:busy"].State);
        Assert.Equal(2, rows["a:busy"].Attempts);
        Assert.Equal(7, _connector.Failures.Count);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Dispatcher_ConnectorRefusesTheMessage_RecordsFailureOnceAndNeverRetries()
    {
        _connector.Fail("a:bad", 400, errorCode: "BadArgument");

        var rows = await SendNowAsync("meeting:4:P1D", "a:bad", "a:ok");
        _clock.Advance(TimeSpan.FromDays(1));
        var summary = await _app.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(DeliveryState.Failed, rows["a:bad"].State);
        Assert.Equal("BadArgument", rows["a:bad"].Reason);
        Assert.Equal(400, rows["a:bad"].LastStatus);
        Assert.Single(_connector.Failures);
        Assert.Null(summary.NextDueAt);
    }

    [Fact]
    public async Task Dispatcher_ConversationNeverSeen_SkipsItWithTheReason()
    {
        var rows = await SendNowAsync("meeting:5:P1D", "a:unknown", "a:ok");

        Assert.Equal(DeliveryState.Skipped, rows["a:unknown"].State);
        Assert.Equal("no-reference", rows["a:unknown"].Reason);
        Assert.Equal("a:ok", Assert.Single(_connector.Calls).ConversationId);
    }

    private async Task<Dictionary<string, DeliveryEntity>> SendNowAsync(string key, params string[] conversations)
    {
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification(key, _clock.GetUtcNow(), "rappel", conversations), default);
        return await WaitForFinalAsync(key, conversations, allowPending: true);
    }

    private Task<Dictionary<string, DeliveryEntity>> WaitForFinalAsync(string key, params string[] conversations) =>
        WaitForFinalAsync(key, conversations, allowPending: false);

    // Waits until every delivery was attempted at least once (pending ones only with allowPending) and the pass is over.
    private async Task<Dictionary<string, DeliveryEntity>> WaitForFinalAsync(string key, string[] conversations, bool allowPending)
    {
        var ledger = _app.Services.GetRequiredService<DeliveryLedger>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var rows = await ledger.ListAsync(key, timeout.Token);
            var scan = await _app.Services.GetRequiredService<DueNotificationQueue>().ListDueAsync(_clock.GetUtcNow(), timeout.Token);
            if (conversations.All(c => rows.TryGetValue(c, out var r) && (r.State != DeliveryState.Pending || (allowPending && r.Attempts > 0)))
                && scan.FirstLeaseEnd is null)
            {
                return rows;
            }
            await Task.Delay(50, timeout.Token);
        }
    }
}
