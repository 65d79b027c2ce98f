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
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, SendLog> _logs = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RateLimitRule> _rules;
    private readonly IReadOnlyList<RateLimitRule> _appRules;
    private readonly SendLog _appLog;
    private readonly int _capacity;
    private readonly TimeSpan _longestWindow;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private int _reservations;

    public ConversationRateLimiter(IOptions<ConnectorOptions> options, TimeProvider timeProvider, ILogger<ConversationRateLimiter> logger)
    {
        _rules = options.Value.ConversationRateLimits ?? ConnectorOptions.DefaultConversationRateLimits;
        _appRules = options.Value.AppRateLimits ?? ConnectorOptions.DefaultAppRateLimits;
        _appLog = new SendLog(_appRules.Count == 0 ? 1 : _appRules.Max(r => r.Limit));
        _capacity = _rules.Count == 0 ? 1 : _rules.Max(r => r.Limit);
        _longestWindow = _rules.Count == 0 ? TimeSpan.Zero : _rules.Max(r => r.Window);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    internal int TrackedConversations => _logs.Count;

    /// <param name="conversationId">The conversation the call is bound to, or null for calls that only count app-wide.</param>
    public Task WaitAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var delay = Reserve(conversationId);
        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        ConnectorLog.RateLimitDelay(_logger, delay.TotalMilliseconds);
        return Task.Delay(delay, _timeProvider, cancellationToken);
    }

    /// <summary>Books the next send of <paramref name="conversationId"/> (or of the app) and returns how long to wait for it.</summary>
    internal TimeSpan Reserve(string? conversationId)
    {
        var now = _timeProvider.GetUtcNow();
        if (conversationId is null)
        {
            lock (_appLog.Gate)
            {
                return ReserveAppSlot(now) - now;
            }
        }

        if (Interlocked.Increment(ref _reservations) % SweepEvery == 0)
        {
            Sweep(now);
        }

        while (true)
        {
            var log = _logs.GetOrAdd(conversationId, static (_, capacity) => new SendLog(capacity), _capacity);
            lock (log.Gate)
            {
                if (log.Removed)
                {
                    continue;
                }

                var slot = log.NextSlot(now, _rules);
                lock (_appLog.Gate)
                {
                    // Later than the conversation's own slot never breaks its windows: its constraints are lower bounds.
                    slot = ReserveAppSlot(slot);
                }

                log.Add(slot);
                return slot - now;
            }
        }
    }

    private DateTimeOffset ReserveAppSlot(DateTimeOffset earliest)
    {
        var slot = _appLog.NextSlot(earliest, _appRules);
        _appLog.Add(slot);
        return slot;
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
