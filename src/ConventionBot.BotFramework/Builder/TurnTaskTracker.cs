using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace ConventionBot.BotFramework.Builder;

/// <summary>
/// Keeps turns that outlive their HTTP request: they run under the app's lifetime rather than the
/// request's, and shutdown waits for them (within the host's shutdown timeout).
/// </summary>
public sealed class TurnTaskTracker : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Cancelled when the app stops.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public Task Track(Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var task = Task.Run(() => work(_stopping.Token), CancellationToken.None);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Turns log their own failures; here we only wait for them to end.
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();
}
