namespace ConventionBot.Scheduling;

/// <summary>Wakes this instance's dispatcher early: a notification was just scheduled for now (e.g. "meeting cancelled").</summary>
internal sealed class DispatchSignal(TimeProvider timeProvider)
{
    private TaskCompletionSource _nudge = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Nudge() => Volatile.Read(ref _nudge).TrySetResult();

    /// <summary>Returns after <paramref name="timeout"/>, or at once when nudged since the last wait (no nudge is lost).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var nudge = Volatile.Read(ref _nudge);
        using (var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var delay = Task.Delay(timeout, timeProvider, timer.Token);
            await Task.WhenAny(nudge.Task, delay).ConfigureAwait(false);
            await timer.CancelAsync().ConfigureAwait(false);
        }
        if (nudge.Task.IsCompleted)
        {
            // A nudge landing after this swap completes the new source: the dispatch that follows sees its notification anyway.
            Interlocked.CompareExchange(ref _nudge, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), nudge);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }
}
