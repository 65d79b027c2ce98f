using ConventionBot.Tests.Scheduling;

namespace ConventionBot.Tests.Diagnostics;

[Collection(TelemetryRunsAlone.Name)]
public sealed class NotificationTelemetryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset DueAt = TelemetryApp.Start.AddHours(1);

    private TelemetryApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TelemetryApp.StartAsync();
        await _app.RememberAsync("a:tel-1", "a:tel-2", "a:tel-3");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task FanOut_SentThrottledAndGone_RecordsThePassItsSendsAndTheDeliveryDelay()
    {
        _app.Connector.Fail("a:tel-2", 429, times: 1, retryAfter: TimeSpan.Zero);
        _app.Connector.Fail("a:tel-3", 403, errorCode: "ConversationBlockedByUser");
        await _app.Scheduler().ScheduleAsync(BroadcastRenderer.Notification("meeting:7:P1D", DueAt, "rappel", "a:tel-1", "a:tel-2", "a:tel-3"), default);

        _app.Clock.SetUtcNow(DueAt.AddSeconds(90));
        await _app.Connector.WaitForCallsAsync(2);
        await _app.WaitUntilIdleAsync();
        var pass = await _app.Telemetry.WaitForSpanAsync(s => s.OperationName == "NotificationDispatcher.Pass");
        var sends = _app.Spans.Where(s => s.OperationName == "ConnectorClient.SendToConversation").ToList();
        var counted = _app.Telemetry.Points(_app.Services, "bot.connector.sends");
        var delay = Assert.Single(_app.Telemetry.Points(_app.Services, "conventionbot.notifications.delivery_delay"));
        var deliveries = _app.Telemetry.Points(_app.Services, "conventionbot.notifications.deliveries");

        Assert.Equal("test.broadcast", pass.GetTagItem("notification.kind"));
        Assert.Equal("completed", pass.GetTagItem("notification.outcome"));
        Assert.Equal(2, pass.GetTagItem("notification.deliveries.sent"));
        Assert.Equal(1, pass.GetTagItem("notification.deliveries.gone"));
        Assert.Equal(3, sends.Count);
        Assert.All(sends, s => Assert.Equal(pass.TraceId, s.TraceId));
        Assert.Equal(["gone", "sent", "sent"], sends.Select(s => (string)s.GetTagItem("bot.connector.outcome")!).Order());
        Assert.Contains(sends, s => Equals(s.GetTagItem("bot.connector.attempts"), 2));
        Assert.Equal(2, Count(counted, "sent"));
        Assert.Equal(1, Count(counted, "throttled"));
        Assert.Equal(1, Count(counted, "gone"));
        Assert.Equal(0, Count(counted, "retried") + Count(counted, "failed"));
        Assert.Equal(2, delay.Point.GetHistogramCount());
        Assert.Equal(180, delay.Point.GetHistogramSum());
        Assert.Equal("test.broadcast", delay.Tag("notification.kind"));
        Assert.Equal(2, deliveries.Single(p => p.Tag("delivery.state") == "sent").Point.GetSumLong());
        Assert.Equal(1, deliveries.Single(p => p.Tag("delivery.state") == "gone").Point.GetSumLong());
    }

    [Fact]
    public async Task Pending_WhileDueNotificationIsSent_CountsItThenNothing()
    {
        _app.Connector.HoldSendsAfter(0);
        await _app.Scheduler().ScheduleAsync(BroadcastRenderer.Notification("meeting:8:P1D", DueAt, "rappel", "a:tel-1"), default);

        _app.Clock.SetUtcNow(DueAt);
        await _app.Connector.WaitForHeldAsync(1);
        var whileSending = Assert.Single(_app.Telemetry.Points(_app.Services, "conventionbot.notifications.pending"));
        _app.Connector.ReleaseHeld();
        await _app.WaitUntilIdleAsync();
        var afterwards = Assert.Single(_app.Telemetry.Points(_app.Services, "conventionbot.notifications.pending"));

        Assert.Equal(1, whileSending.Point.GetGaugeLastValueLong());
        Assert.Equal(0, afterwards.Point.GetGaugeLastValueLong());
    }

    private static long Count(IEnumerable<MetricPointSnapshot> points, string outcome) =>
        points.Where(p => p.Has(("bot.connector.operation", "SendToConversation"), ("bot.connector.outcome", outcome))).Sum(p => p.Point.GetSumLong());
}
