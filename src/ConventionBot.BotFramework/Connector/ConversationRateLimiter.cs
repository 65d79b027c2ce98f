using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// Keeps Connector calls within Teams' limits so that 429s stay rare: per conversation, and for the whole app.
/// Each caller reserves the earliest slot that satisfies every sliding window, then waits for it with the
/// injected <see cref="TimeProvider"/>; a busy conversation never delays the others beyond the app-wide limit.
/// </summary>
/// <remarks>
/// A cancelled wait keeps its reserved slot: the limiter errs on the slow side. The app-wide log is one lock
/// taken after a conversation's (always in that order), held only to compute and record a slot.
/// </remarks>
internal sealed class ConversationRateLimiter
{
    private readonly ConcurrentDictionary<string, SendLog> _logs = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RateLimitRule> _rules;
    private readonly IReadOnlyList<RateLimitRule> _appRules;
    private readonly SendLog _appLog;
    private readonly int _capacity;
    private readonly TimeSpan _longestWindow;
    private readonly TimeSpan _sweepInterval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private long _nextSweepTicks;

    public ConversationRateLimiter(IOptions<ConnectorOptions> options, TimeProvider timeProvider, ILogger<ConversationRateLimiter> logger)
    {
        _rules = options.Value.ConversationRateLimits ?? ConnectorOptions.DefaultConversationRateLimits;
        _appRules = options.Value.AppRateLimits ?? ConnectorOptions.DefaultAppRateLimits;
        _appLog = new SendLog(_appRules.Count == 0 ? 1 : _appRules.Max(r => r.Limit));
        _capacity = _rules.Count == 0 ? 1 : _rules.Max(r => r.Limit);
        _longestWindow = _rules.Count == 0 ? TimeSpan.Zero : _rules.Max(r => r.Window);
        _sweepInterval = _longestWindow > TimeSpan.FromSeconds(1) ? _longestWindow : TimeSpan.FromSeconds(1);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    internal int TrackedConversations => _logs.Count;

    /// <param name="conversationId">The conversation the call is bound to, or null for calls that only count app-wide.</param>
    public async Task WaitAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var booking = Book(conversationId);
        if (booking.Delay <= TimeSpan.Zero)
        {
            return;
        }

        ConnectorLog.RateLimitDelay(_logger, booking.Delay.TotalMilliseconds);
        await Task.Delay(booking.Delay, _timeProvider, cancellationToken).ConfigureAwait(false);
        Depart(booking);
    }

    /// <summary>Books the next send of <paramref name="conversationId"/> (or of the app) and returns how long to wait for it.</summary>
    internal TimeSpan Reserve(string? conversationId) => Book(conversationId).Delay;

    internal Booking Book(string? conversationId)
    {
        var now = _timeProvider.GetUtcNow();
        if (conversationId is null)
        {
            lock (_appLog.Gate)
            {
                var (appSlot, appSequence) = ReserveAppSlot(now);
                return new Booking(appSlot - now, appSlot, null, 0, appSequence);
            }
        }

        SweepWhenDue(now);

        while (true)
        {
            var log = _logs.GetOrAdd(conversationId, static (_, capacity) => new SendLog(capacity), _capacity);
            lock (log.Gate)
            {
                if (log.Removed)
                {
                    continue;
                }

                // Later than the conversation's own slot never breaks its windows: its constraints are lower bounds.
                (DateTimeOffset Slot, long Sequence) app;
                lock (_appLog.Gate)
                {
                    app = ReserveAppSlot(log.NextSlot(now, _rules));
                }

                return new Booking(app.Slot - now, app.Slot, log, log.Add(app.Slot), app.Sequence);
            }
        }
    }

    // A sender woken late (busy thread pool, starved CPU) really leaves later than booked: the windows must count it
    // then, or the sends booked after it, on time, would arrive too close to it and draw 429s.
    internal void Depart(Booking booking)
    {
        var now = _timeProvider.GetUtcNow();
        if (now <= booking.Slot)
        {
            return;
        }

        if (booking.Log is { } log)
        {
            lock (log.Gate)
            {
                log.MoveLater(booking.LogSequence, now);
            }
        }

        lock (_appLog.Gate)
        {
            _appLog.MoveLater(booking.AppSequence, now);
        }
    }

    private (DateTimeOffset Slot, long Sequence) ReserveAppSlot(DateTimeOffset earliest)
    {
        var slot = _appLog.NextSlot(earliest, _appRules);
        return (slot, _appLog.Add(slot));
    }

    internal sealed record Booking(TimeSpan Delay, DateTimeOffset Slot, SendLog? Log, long LogSequence, long AppSequence);

    /// <summary>
    /// Sweeps once per longest window, by whichever caller gets there first: a sweep visits every conversation,
    /// so sweeping every N sends would cost each send a share of all conversations, growing with their number.
    /// </summary>
    private void SweepWhenDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextSweepTicks, (now + _sweepInterval).UtcTicks, due) == due)
        {
            Sweep(now);
        }
    }

    /// <summary>Forgets conversations whose last send is older than every window: they constrain nothing.</summary>
    internal void Sweep(DateTimeOffset now)
    {
        foreach (var (conversationId, log) in _logs)
        {
            lock (log.Gate)
            {
                if (!log.Removed && log.Newest is { } newest && newest + _longestWindow <= now)
                {
                    log.Removed = true;
                    _logs.TryRemove(KeyValuePair.Create(conversationId, log));
                }
            }
        }
    }
}
