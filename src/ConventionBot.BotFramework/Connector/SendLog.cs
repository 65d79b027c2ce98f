namespace ConventionBot.BotFramework.Connector;

/// <summary>The most recent send slots of one conversation, oldest first, in a ring of at most <paramref name="capacity"/>.</summary>
/// <remarks>
/// The ring starts small and grows only when sends fill it: most conversations send once per turn, and the limiter
/// keeps a log for every conversation active in its longest window (full 60-slot rings cost 1 KB each, 20 MB for
/// 20 000 users).
/// </remarks>
internal sealed class SendLog(int capacity)
{
    private const int InitialSlots = 4;

    private DateTimeOffset[] _slots = new DateTimeOffset[Math.Min(capacity, InitialSlots)];
    private int _start;
    private int _count;
    private long _added;

    public Lock Gate { get; } = new();

    /// <summary>Set once the limiter has dropped this log; a caller holding it must fetch a new one.</summary>
    public bool Removed { get; set; }

    public DateTimeOffset? Newest => _count == 0 ? null : NewestMinus(0);

    /// <summary>The earliest time at or after <paramref name="now"/> at which one more send obeys every rule.</summary>
    public DateTimeOffset NextSlot(DateTimeOffset now, IReadOnlyList<RateLimitRule> rules)
    {
        var slot = now;
        foreach (var rule in rules)
        {
            // With Limit sends already in the window, the next one waits until the Limit-th most recent leaves it.
            if (_count >= rule.Limit && NewestMinus(rule.Limit - 1) + rule.Window is var earliest && earliest > slot)
            {
                slot = earliest;
            }
        }

        return slot;
    }

    /// <summary>Appends a slot and returns its sequence number, for <see cref="MoveLater"/>.</summary>
    public long Add(DateTimeOffset slot)
    {
        if (_count == _slots.Length && _slots.Length < capacity)
        {
            Grow();
        }

        _slots[(_start + _count) % _slots.Length] = slot;
        if (_count < _slots.Length)
        {
            _count++;
        }
        else
        {
            _start = (_start + 1) % _slots.Length;
        }

        return _added++;
    }

    /// <summary>Records that the send booked as <paramref name="sequence"/> left only at <paramref name="actual"/> (if still kept).</summary>
    public void MoveLater(long sequence, DateTimeOffset actual)
    {
        var oldest = _added - _count;
        if (sequence >= oldest && sequence < _added)
        {
            var index = (int)((_start + (sequence - oldest)) % _slots.Length);
            if (_slots[index] < actual)
            {
                _slots[index] = actual;
            }
        }
    }

    private void Grow()
    {
        var grown = new DateTimeOffset[Math.Min(capacity, _slots.Length * 2)];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = _slots[(_start + i) % _slots.Length];
        }

        _slots = grown;
        _start = 0;
    }

    private DateTimeOffset NewestMinus(int back) => _slots[(_start + _count - 1 - back) % _slots.Length];
}
