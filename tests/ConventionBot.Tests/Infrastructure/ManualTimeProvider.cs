namespace ConventionBot.Tests.Infrastructure;

/// <summary>
/// A clock that only moves when a test says so. Timers created through it (Task.Delay, PeriodicTimer,
/// CreateTimer) fire when <see cref="Advance"/> or <see cref="SetUtcNow"/> passes their due time.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public void SetUtcNow(DateTimeOffset value)
    {
        List<ManualTimer> due;
        lock (_lock)
        {
            if (value < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "Time only moves forward.");
            }
            _now = value;
            due = _timers.Where(t => t.DueAt <= value).ToList();
        }
        foreach (var timer in due)
        {
            timer.Fire(value);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._lock)
            {
                _period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : owner._now + dueTime;
                if (!owner._timers.Contains(this))
                {
                    owner._timers.Add(this);
                }
            }
            if (dueTime == TimeSpan.Zero)
            {
                Fire(owner.GetUtcNow());
            }
            return true;
        }

        public void Fire(DateTimeOffset now)
        {
            lock (owner._lock)
            {
                if (DueAt > now)
                {
                    return;
                }
                DueAt = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? now + _period : DateTimeOffset.MaxValue;
            }
            callback(state);
        }

        public void Dispose()
        {
            lock (owner._lock)
            {
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
