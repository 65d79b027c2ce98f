namespace ConventionBot.BotFramework.Connector;

/// <summary>The most recent send slots of one conversation, oldest first, in a fixed ring.</summary>
internal sealed class SendLog(int capacity)
{
    private readonly DateTimeOffset[] _slots = new DateTimeOffset[capacity];
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

    private DateTimeOffset NewestMinus(int back) => _slots[(_start + _count - 1 - back) % _slots.Length];
}
