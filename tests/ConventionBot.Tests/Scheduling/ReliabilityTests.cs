using ConventionBot.Scheduling;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Scheduling;

/// <summary>Several instances on one storage, and instances that stop mid-way: every delivery exactly once.</summary>
public sealed class ReliabilityTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(SchedulingApp.Start);
    private readonly string _prefix = TestStorage.UniquePrefix();
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Dispatcher_InstanceStopsMidFanOut_NextInstanceSendsTheRestOnce()
    {
        var conversations = Enumerable.Range(1, 10).Select(i => $"a:restart-{i}").ToArray();
        var dueAt = SchedulingApp.Start.AddMinutes(5);
        await using (var first = new SchedulingApp(_prefix, _clock, new Dictionary<string, string?> { ["Scheduling:MaxParallelSends"] = "1" }))
        {
            await first.RememberAsync(_connector.ServiceUrl, conversations);
            await first.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:9:P1D", dueAt, "rappel", conversations), default);
            _connector.HoldSendsAfter(4);
            _clock.SetUtcNow(dueAt);
            await _connector.WaitForHeldAsync(1);
        }
        await _connector.WaitForAbandonedAsync(1);
        _connector.ReleaseHeld();
        Assert.Equal(4, _connector.Calls.Count);

        await using var second = new SchedulingApp(_prefix, _clock);
        _ = second.Services;
        _clock.Advance(SchedulingApp.LeaseDuration);
        var calls = await _connector.WaitForCallsAsync(10);
        await SchedulingApp.WaitUntilIdleAsync(second);

        Assert.Equal(conversations.Order(StringComparer.Ordinal), calls.Select(c => c.ConversationId).Order(StringComparer.Ordinal));
        var rows = await second.Services.GetRequiredService<DeliveryLedger>().ListAsync("meeting:9:P1D", default);
        Assert.All(rows.Values, r => Assert.Equal(DeliveryState.Sent, r.State));
    }

    [Fact]
    public async Task Dispatcher_TwoInstancesConcurrently_SendEachDeliveryExactlyOnce()
    {
        var conversations = Enumerable.Range(1, 6).Select(i => $"a:pair-{i}").ToArray();
        var keys = Enumerable.Range(1, 8).Select(i => $"meeting:{i}:P1D").ToArray();
        var dueAt = SchedulingApp.Start.AddMinutes(1);
        await using var first = new SchedulingApp(_prefix, _clock);
        await using var second = new SchedulingApp(_prefix, _clock);
        await first.RememberAsync(_connector.ServiceUrl, conversations);
        foreach (var key in keys)
        {
            await (key.Length % 2 == 0 ? first : second).Scheduler.ScheduleAsync(BroadcastRenderer.Notification(key, dueAt, "rappel", conversations), default);
        }

        _clock.SetUtcNow(dueAt);
        var direct = await Task.WhenAll(first.Dispatcher.DispatchDueAsync(default), second.Dispatcher.DispatchDueAsync(default));
        await _connector.WaitForCallsAsync(keys.Length * conversations.Length);
        await SchedulingApp.WaitUntilIdleAsync(first, second);

        var perDelivery = _connector.Calls.GroupBy(c => (c.ConversationId, c.Activity.Text)).ToList();
        Assert.Equal(keys.Length * conversations.Length, perDelivery.Count);
        Assert.All(perDelivery, g => Assert.Single(g));
        Assert.True(direct.Sum(d => d.Dispatched) <= keys.Length);
    }

    [Fact]
    public async Task Dispatcher_LeaseOfCrashedInstance_IsReclaimedWhenItExpires()
    {
        var dueAt = SchedulingApp.Start.AddMinutes(2);
        await using var app = new SchedulingApp(_prefix, _clock);
        await app.RememberAsync(_connector.ServiceUrl, "a:lease-1");
        await app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:5:P1D", dueAt, "rappel", "a:lease-1"), default);
        var queue = app.Services.GetRequiredService<DueNotificationQueue>();
        var row = Assert.Single((await queue.ListDueAsync(dueAt, default)).Free);
        Assert.True(await queue.TryLeaseAsync(row, "crashed-instance", dueAt + SchedulingApp.LeaseDuration, default));

        _clock.SetUtcNow(dueAt);
        var whileHeld = await app.Dispatcher.DispatchDueAsync(default);
        Assert.Empty(_connector.Calls);
        _clock.SetUtcNow(dueAt + SchedulingApp.LeaseDuration);
        var call = Assert.Single(await _connector.WaitForCallsAsync(1));

        Assert.Equal(0, whileHeld.Due);
        Assert.Equal(dueAt + SchedulingApp.LeaseDuration, whileHeld.NextDueAt);
        Assert.Equal("a:lease-1", call.ConversationId);
    }
}
