using ConventionBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>Moves an app's fake clock the way the notification schedule can follow: settled before and after each move.</summary>
public static class ScheduleClock
{
    /// <summary>
    /// Moves the clock, then lets the dispatcher run so everything due by then is sent before this returns. Sends still
    /// in flight finish first: the Connector's attempt timeout and retry delays run on this clock, so a jump over a
    /// request in flight would time it out and park its retry until the next move; and the dispatcher's own wait,
    /// computed before a jump, would wake only at the old date plus its length.
    /// </summary>
    public static async Task MoveToAsync(IServiceProvider services, FakeTimeProvider clock, DateTimeOffset instant)
    {
        await SettleAsync(services, clock);
        clock.SetUtcNow(instant);
        await SettleAsync(services, clock);
    }

    /// <summary>Runs dispatch passes until nothing due is left, nor being sent by the app's own loop, so what was due is sent when this returns.</summary>
    public static async Task SettleAsync(IServiceProvider services, TimeProvider clock)
    {
        var dispatcher = services.GetRequiredService<NotificationDispatcher>();
        var queue = services.GetRequiredService<DueNotificationQueue>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await dispatcher.DispatchDueAsync(timeout.Token);
            var scan = await queue.ListDueAsync(clock.GetUtcNow(), timeout.Token);
            if (scan.Free.Count == 0 && scan.FirstLeaseEnd is null)
            {
                return;
            }
            await Task.Delay(50, timeout.Token);
        }
    }
}
