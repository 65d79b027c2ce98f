using ConventionBot.Scheduling;
using ConventionBot.Storage;
using Azure.Data.Tables;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Scheduling;

public sealed class ScheduleTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(SchedulingApp.Start);
    private FakeConnector _connector = null!;
    private SchedulingApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new SchedulingApp(TestStorage.UniquePrefix(), _clock);
        await _app.RememberAsync(_connector.ServiceUrl, "a:1", "a:2");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ScheduleAsync_SameKeyTwiceEvenAfterSending_SendsOnce()
    {
        var dueAt = SchedulingApp.Start.AddHours(1);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:1:P1D", dueAt, "premier", "a:1"), default);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:1:P1D", dueAt.AddMinutes(5), "second", "a:1"), default);

        _clock.SetUtcNow(dueAt.AddMinutes(10));
        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        await SchedulingApp.WaitUntilIdleAsync(_app);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:1:P1D", dueAt.AddMinutes(20), "troisième", "a:1"), default);
        _clock.SetUtcNow(dueAt.AddMinutes(30));
        var summary = await _app.Dispatcher.DispatchDueAsync(default);

        Assert.Equal("premier [meeting:1:P1D]", call.Activity.Text);
        Assert.Equal(0, summary.Due);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task SeveralOfASeriesDueAtOnce_AfterAnOutage_OnlyTheLatestIsSent()
    {
        var dueAt = SchedulingApp.Start.AddHours(1);
        foreach (var (key, at) in new[] { ("meeting:1:P7D", dueAt), ("meeting:1:P1D", dueAt.AddHours(2)), ("meeting:1:PT1H", dueAt.AddHours(4)) })
        {
            await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification(key, at, "rappel", "a:1") with { Series = "meeting:1:reminders" }, default);
        }
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:2:P1D", dueAt, "autre", "a:1") with { Series = "meeting:2:reminders" }, default);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("notice:1", dueAt, "seul", "a:1"), default);

        _clock.SetUtcNow(dueAt.AddHours(5)); // down from before the first until after the last
        await _connector.WaitForCallsAsync(3);
        await SchedulingApp.WaitUntilIdleAsync(_app);

        Assert.Equal(
            ["autre [meeting:2:P1D]", "rappel [meeting:1:PT1H]", "seul [notice:1]"],
            _connector.Calls.Select(c => c.Activity.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CancelAsync_KeyPrefix_RemovesOnlyPendingNotificationsUnderIt()
    {
        var dueAt = SchedulingApp.Start.AddHours(1);
        foreach (var key in new[] { "meeting:1:P7D", "meeting:1:P1D", "meeting:10:P1D", "meeting:2:P1D", "meeting:1%/odd" })
        {
            await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification(key, dueAt, "rappel", "a:1"), default);
        }

        await _app.Scheduler.CancelAsync("meeting:1:", default);
        _clock.SetUtcNow(dueAt);
        var calls = await _connector.WaitForCallsAsync(3);
        var summary = await _app.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(
            ["rappel [meeting:1%/odd]", "rappel [meeting:10:P1D]", "rappel [meeting:2:P1D]"],
            calls.Select(c => c.Activity.Text!).Order(StringComparer.Ordinal));
        Assert.Equal(0, summary.Due);
    }

    [Fact]
    public async Task ReplaceAsync_InOneTransactionOrOneByOne_CancelsThePendingUnderThePrefixAndSchedulesEachOnce()
    {
        var dueAt = SchedulingApp.Start.AddHours(1);
        foreach (var key in new[] { "meeting:1:v1:P7D", "meeting:1:v1:P1D", "meeting:2:v1:P1D" })
        {
            await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification(key, dueAt, "ancien", "a:1"), default);
        }

        // Fits one transaction: the two pending under meeting:1: go, the new version's come.
        await _app.Scheduler.ReplaceAsync("meeting:1:",
            [BroadcastRenderer.Notification("meeting:1:v2:P7D", dueAt, "nouveau", "a:1"), BroadcastRenderer.Notification("meeting:1:v2:P1D", dueAt, "nouveau", "a:2")], default);
        // One already scheduled: the transaction is refused as a whole, then done one by one (the existing one unchanged).
        await _app.Scheduler.ReplaceAsync(null,
            [BroadcastRenderer.Notification("meeting:2:v1:P1D", dueAt, "doublon", "a:1"), BroadcastRenderer.Notification("meeting:3:v1:P1D", dueAt, "troisième", "a:2")], default);
        // A pending key scheduled again under the prefix it replaces: cancelled, then added anew (one by one).
        await _app.Scheduler.ReplaceAsync("meeting:3:", [BroadcastRenderer.Notification("meeting:3:v1:P1D", dueAt, "remplacé", "a:2")], default);
        _clock.SetUtcNow(dueAt);
        var calls = await _connector.WaitForCallsAsync(4);
        await SchedulingApp.WaitUntilIdleAsync(_app);

        Assert.Equal(
            ["ancien [meeting:2:v1:P1D]", "nouveau [meeting:1:v2:P1D]", "nouveau [meeting:1:v2:P7D]", "remplacé [meeting:3:v1:P1D]"],
            calls.Select(c => c.Activity.Text!).Order(StringComparer.Ordinal));
        Assert.Equal(4, _connector.Calls.Count);
    }

    [Fact]
    public async Task ScheduleAsync_LongestKeysOfEscapedCharacters_AreSentOnceAndCancellableByPrefix()
    {
        var dueAt = SchedulingApp.Start.AddHours(1);
        var sent = "sent:" + new string('/', 395); // 1 185 characters once escaped, over a row key's 512
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification(sent, dueAt, "rappel", "a:1"), default);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification(sent, dueAt, "doublon", "a:1"), default);
        foreach (var tail in new[] { "1", "2" })
        {
            await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("gone:" + new string('#', 394) + tail, dueAt, "annulé", "a:1"), default);
        }

        await _app.Scheduler.CancelAsync("gone:", default);
        _clock.SetUtcNow(dueAt);
        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        await SchedulingApp.WaitUntilIdleAsync(_app);

        Assert.Equal($"rappel [{sent}]", call.Activity.Text);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Dispatcher_BeforeAndAtDueInstant_SendsOnlyAtDue()
    {
        var dueAt = SchedulingApp.Start.AddDays(1);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("bilan:2024:J-1", dueAt, "bilan", "a:1", "a:2"), default);

        _clock.SetUtcNow(dueAt.AddSeconds(-1));
        var early = await _app.Dispatcher.DispatchDueAsync(default);
        Assert.Empty(_connector.Calls);
        _clock.SetUtcNow(dueAt);
        var calls = await _connector.WaitForCallsAsync(2);

        Assert.Equal(0, early.Due);
        Assert.Equal(dueAt, early.NextDueAt);
        Assert.Equal(["a:1", "a:2"], calls.Select(c => c.ConversationId).Order(StringComparer.Ordinal));
        Assert.All(calls, c => Assert.Equal("send", c.Kind));
    }

    [Fact]
    public async Task ScheduleAsync_DueNow_WakesTheDispatcherWithoutWaitingForThePoll()
    {
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:3:cancelled", _clock.GetUtcNow(), "annulée", "a:2"), default);

        var call = Assert.Single(await _connector.WaitForCallsAsync(1));

        Assert.Equal("a:2", call.ConversationId);
    }

    [Fact]
    public async Task Dispatcher_RendererReturnsNothing_SendsNothingAndCompletes()
    {
        var dueAt = SchedulingApp.Start.AddMinutes(30);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:4:past", dueAt, "obsolète"), default);

        _clock.SetUtcNow(dueAt);
        var keyRow = await WaitForStateAsync("meeting:4:past", ScheduleKeyEntity.Done);

        Assert.Empty(_connector.Calls);
        Assert.Equal(dueAt, keyRow.CompletedAt);
    }

    [Fact]
    public async Task ScheduleAsync_KindWithoutRenderer_IsRefused()
    {
        var notification = new ScheduledNotification("nobody.renders", "x:1", _clock.GetUtcNow(), "{}");

        await Assert.ThrowsAsync<ArgumentException>(() => _app.Scheduler.ScheduleAsync(notification, default));
    }

    private async Task<ScheduleKeyEntity> WaitForStateAsync(string key, string state)
    {
        var table = await _app.Services.GetRequiredService<TableProvider>().GetAsync(NotificationScheduleTable.TableName);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var row = (await table.GetEntityAsync<ScheduleKeyEntity>(ScheduleKeys.Partition, ScheduleKeys.KeyRow(key), cancellationToken: timeout.Token)).Value;
            if (row.State == state)
            {
                return row;
            }
            await Task.Delay(50, timeout.Token);
        }
    }
}
