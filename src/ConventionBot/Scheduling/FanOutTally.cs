namespace ConventionBot.Scheduling;

/// <summary>Counts delivery states from parallel sends.</summary>
internal sealed class FanOutTally
{
    private int _sent;
    private int _gone;
    private int _skipped;
    private int _failed;
    private int _pending;

    public void Add(string state)
    {
        switch (state)
        {
            case DeliveryState.Sent: Interlocked.Increment(ref _sent); break;
            case DeliveryState.Gone: Interlocked.Increment(ref _gone); break;
            case DeliveryState.Skipped: Interlocked.Increment(ref _skipped); break;
            case DeliveryState.Failed: Interlocked.Increment(ref _failed); break;
            default: Interlocked.Increment(ref _pending); break;
        }
    }

    public FanOutResult ToResult() => new(_sent, _gone, _skipped, _failed, _pending);
}
