using ConventionBot.Scheduling;
using ConventionBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Benchmarks;

/// <summary>Watches a fan-out from outside: the connector's counts, and the schedule and ledger in storage.</summary>
internal sealed class FanOutProbe(IServiceProvider services, TeamsLimitedConnector connector)
{
    // After the notification completes, anything still arriving would be a duplicate: listen a little longer.
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(3);

    public async Task<BenchReport> WaitForCompletionAsync(string key, TimeSpan started, int conversations, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        var table = await services.GetRequiredService<TableProvider>().GetAsync(NotificationScheduleTable.TableName, timeout.Token);
        while ((await table.GetEntityAsync<ScheduleKeyEntity>(ScheduleKeys.Partition, ScheduleKeys.KeyRow(key), cancellationToken: timeout.Token)).Value.State != ScheduleKeyEntity.Done)
        {
            await Task.Delay(100, timeout.Token);
        }
        var completed = connector.Now - started;
        await Task.Delay(QuietPeriod, timeout.Token);

        var rows = await services.GetRequiredService<DeliveryLedger>().ListAsync(key, timeout.Token);
        var ledger = string.Join(", ", rows.Values.GroupBy(r => r.State).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        var delivered = connector.Delivered;
        var (first, last, refused) = connector.Since(started);
        return new BenchReport(
            conversations,
            first,
            last,
            completed,
            refused,
            Duplicates: delivered.Where(d => d.Key.StartsWith("a:bench-", StringComparison.Ordinal)).Sum(d => d.Value - 1),
            Losses: conversations - delivered.Keys.Count(k => k.StartsWith("a:bench-", StringComparison.Ordinal)),
            ledger);
    }
}
