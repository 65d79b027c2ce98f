using Azure.Data.Tables;
using ConventionBot.Scheduling;
using ConventionBot.Storage;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Scheduling;

/// <summary>Sent notifications and their delivery rows are purged after the retention (90 days by default), on Azurite.</summary>
public sealed class RetentionTests : IAsyncLifetime
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
    public async Task Purge_AfterTheRetention_RemovesWhatWasSentKeepsWhatIsPendingAndNeverSendsItAgain()
    {
        // Arrange: one notification sent to two conversations, one still to come.
        var sentAt = SchedulingApp.Start.AddHours(1);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:1:P1D", sentAt, "rappel", "a:1", "a:2"), default);
        _clock.SetUtcNow(sentAt);
        await _connector.WaitForCallsAsync(2);
        await SchedulingApp.WaitUntilIdleAsync(_app);
        var pendingAt = SchedulingApp.Start.AddDays(120);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:2:P1D", pendingAt, "plus tard", "a:1"), default);
        Assert.Equal(2, (await RowsAsync(DeliveryLedger.TableName)).Count);

        // Act: 91 days later, the dispatcher's daily purge runs.
        _clock.SetUtcNow(sentAt.AddDays(91));
        // (the purge deletes the key rows, then the delivery rows: wait for the end of the whole pass)
        var (keys, deliveries) = await WaitForAsync(
            async () => (KeyRows(await RowsAsync(NotificationScheduleTable.TableName)), await RowsAsync(DeliveryLedger.TableName)),
            r => !r.Item1.Contains("meeting:1:P1D") && r.Item2.Count == 0);

        // Assert
        Assert.Equal(["meeting:2:P1D"], keys);
        Assert.Empty(deliveries);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:1:P1D", sentAt, "rappel", "a:1", "a:2"), default);
        var summary = await _app.Dispatcher.DispatchDueAsync(default);
        Assert.Equal(0, summary.Due);
        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task Purge_BeforeTheRetention_KeepsEverything()
    {
        var sentAt = SchedulingApp.Start.AddHours(1);
        await _app.Scheduler.ScheduleAsync(BroadcastRenderer.Notification("meeting:1:P1D", sentAt, "rappel", "a:1"), default);
        _clock.SetUtcNow(sentAt);
        await _connector.WaitForCallsAsync(1);
        await SchedulingApp.WaitUntilIdleAsync(_app);
        _clock.SetUtcNow(sentAt.AddDays(89));

        var purged = await _app.Services.GetRequiredService<NotificationPurge>().PurgeAsync(default);

        Assert.Equal((0, 0), purged);
        Assert.Equal(["meeting:1:P1D"], KeyRows(await RowsAsync(NotificationScheduleTable.TableName)));
        Assert.Single(await RowsAsync(DeliveryLedger.TableName));
    }

    private static List<string> KeyRows(IEnumerable<TableEntity> rows) =>
        [.. rows.Where(r => r.RowKey.StartsWith(ScheduleKeys.KeyPrefix, StringComparison.Ordinal)).Select(r => r.GetString("Key")).Order(StringComparer.Ordinal)];

    private async Task<List<TableEntity>> RowsAsync(string tableName)
    {
        var table = await _app.Services.GetRequiredService<TableProvider>().GetAsync(tableName, default);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: default))
        {
            rows.Add(row);
        }
        return rows;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            await Task.Delay(100, timeout.Token);
        }
    }
}
