using Azure;

using ConventionBot.Storage;

namespace ConventionBot.Scheduling;

/// <summary>
/// Keeps a claimed notification ours while its pass runs: renews the lease every third of its duration, and cancels
/// <see cref="Token"/> when the lease is lost (taken over, cancelled) or could not be renewed before it ran out,
/// so that two instances never send the same notification at once.
/// </summary>
internal sealed class NotificationLease : IAsyncDisposable
{
    private readonly DueNotificationQueue _queue;
    private readonly DueNotificationEntity _row;
    private readonly string _owner;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationTokenSource _lost;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    public NotificationLease(
        DueNotificationQueue queue, DueNotificationEntity row, string owner, TimeSpan duration, TimeProvider timeProvider, CancellationToken stopping)
    {
        (_queue, _row, _owner, _duration, _timeProvider) = (queue, row, owner, duration, timeProvider);
        _lost = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _renewing = RenewAsync();
    }

    /// <summary>Cancelled when the app stops or the lease is lost.</summary>
    public CancellationToken Token => _lost.Token;

    /// <summary>Stops renewing; afterwards the row (and its ETag) is the caller's again to complete or postpone.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewAsync()
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, _lost.Token);
        var validUntil = _row.LeaseUntil ?? _timeProvider.GetUtcNow();
        while (!both.IsCancellationRequested)
        {
            await Task.Delay(_duration / 3, _timeProvider, both.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (both.IsCancellationRequested)
            {
                return;
            }
            var until = _timeProvider.GetUtcNow() + _duration;
            // Not cut short by a stop: an applied renewal whose answer we dropped would leave us a stale ETag.
            if (await TryRenewAsync(until, _lost.Token).ConfigureAwait(false) is { } renewed)
            {
                validUntil = renewed ? until : DateTimeOffset.MinValue;
            }
            if (validUntil <= _timeProvider.GetUtcNow() + _duration / 3)
            {
                await _lost.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    // True renewed, false lost for good (412/404), null: storage unreachable this time, keep trying while the lease lasts.
    private async Task<bool?> TryRenewAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        try
        {
            return await _queue.TryLeaseAsync(_row, _owner, until, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
        {
            return null;
        }
    }
}
