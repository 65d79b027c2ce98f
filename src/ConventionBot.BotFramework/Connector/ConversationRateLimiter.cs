using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// Keeps sends to each conversation within Teams' per-conversation limits so that 429s stay rare.
/// Each caller reserves the earliest slot that satisfies every sliding window, then waits for it with the
/// injected <see cref="TimeProvider"/>; conversations never wait on each other.
/// </summary>
/// <remarks>A cancelled wait keeps its reserved slot: the limiter errs on the slow side.</remarks>
internal sealed class ConversationRateLimiter
{
    private readonly ConcurrentDictionary<string, SendLog> _logs = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RateLimitRule> _rules;
    private readonly int _capacity;
    private readonly TimeSpan _longestWindow;
    private readonly TimeSpan _sweepInterval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private long _nextSweepTicks;

    public ConversationRateLimiter(IOptions<ConnectorOptions> options, TimeProvider timeProvider, ILogger<ConversationRateLimiter> logger)
    {
        _rules = options.Value.ConversationRateLimits ?? ConnectorOptions.DefaultConversationRateLimits;
        _capacity = _rules.Count == 0 ? 1 : _rules.Max(r => r.Limit);
        _longestWindow = _rules.Count == 0 ? TimeSpan.Zero : _rules.Max(r => r.Window);
        _sweepInterval = _longestWindow > TimeSpan.FromSeconds(1) ? _longestWindow : TimeSpan.FromSeconds(1);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    internal int TrackedConversations => _logs.Count;

    public Task WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        var delay = Reserve(conversationId);
        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        ConnectorLog.RateLimitDelay(_logger, delay.TotalMilliseconds);
        return Task.Delay(delay, _timeProvider, cancellationToken);
    }

    /// <summary>Books the next send of <paramref name="conversationId"/> and returns how long to wait for it.</summary>
    internal TimeSpan Reserve(string conversationId)
    {
        var now = _timeProvider.GetUtcNow();
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

                var slot = log.NextSlot(now, _rules);
                log.Add(slot);
                return slot - now;
            }
        }
    }

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
