namespace ConventionBot.Benchmarks;

/// <summary>Accepted request instants of one key (a conversation, or the whole app), checked against sliding-window limits.</summary>
internal sealed class SlidingWindow
{
    private readonly Queue<TimeSpan> _accepted = new();

    /// <summary>Records <paramref name="now"/> when every rule has room for it; false (nothing recorded) otherwise.</summary>
    public bool HasRoom(TimeSpan now, IReadOnlyList<(int Limit, TimeSpan Window)> rules)
    {
        var longest = rules.Max(r => r.Window);
        while (_accepted.Count > 0 && _accepted.Peek() <= now - longest)
        {
            _accepted.Dequeue();
        }
        return rules.All(rule => _accepted.Count(t => t > now - rule.Window) < rule.Limit);
    }

    public void Record(TimeSpan now) => _accepted.Enqueue(now);
}
