namespace ConventionBot.Scheduling;

/// <summary>Wakes this instance's dispatcher early: a notification was just scheduled for now (e.g. "meeting cancelled").</summary>
internal sealed class DispatchSignal(TimeProvider timeProvider)
{
    private TaskCompletionSource _nudge = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Nudge() => Volatile.Read(ref _nudge).TrySetResult();

    /// <summary>Returns at <paramref name="deadline"/>, or at once when nudged since the last wait (no nudge is lost).</summary>
    public async Task WaitUntilAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var nudge = Volatile.Read(ref _nudge);
        using (var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var delay = Task.Delay(Remaining(deadline), timeProvider, timer.Token);
            // The clock may have passed the deadline while the timer was being set: then the timer is late, not us.
            if (timeProvider.GetUtcNow() < deadline)
            {
                await Task.WhenAny(nudge.Task, delay).ConfigureAwait(false);
            }
            await timer.CancelAsync().ConfigureAwait(false);
        }
        if (nudge.Task.IsCompleted)
        {
            // A nudge landing after this swap completes the new source: the dispatch that follows sees its notification anyway.
            Interlocked.CompareExchange(ref _nudge, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), nudge);
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    private TimeSpan Remaining(DateTimeOffset deadline) =>
        deadline - timeProvider.GetUtcNow() is var remaining && remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
}
