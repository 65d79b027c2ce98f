using System.Diagnostics;
using System.Diagnostics.Metrics;
using ConventionBot.Diagnostics;

namespace ConventionBot.Scheduling;

/// <summary>
/// The notification metrics: how late deliveries go out, what became of each, and how many notifications are due and not
/// yet done. Tagged by notification kind and delivery state only.
/// </summary>
internal sealed class SchedulingMetrics
{
    public const string KindTag = "notification.kind";
    public const string StateTag = "delivery.state";

    private readonly Histogram<double> _delay;
    private readonly Counter<long> _deliveries;
    private int _pending = -1;

    public SchedulingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(ConventionBotTelemetry.Name);
        _delay = meter.CreateHistogram(
            "conventionbot.notifications.delivery_delay", "s", "Time from a notification's due instant to one of its messages being accepted by Teams.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 1800, 3600, 7200] });
        _deliveries = meter.CreateCounter<long>(
            "conventionbot.notifications.deliveries", "{delivery}", "Delivery attempts of notifications, by the state each left: sent, gone, skipped, failed, pending (to retry).");
        // The dispatcher lists the due notifications at every poll anyway: the gauge reads that count, and costs no query.
        // Every instance sees the same schedule, so across instances take the maximum, not the sum.
        meter.CreateObservableGauge(
            "conventionbot.notifications.pending", ObservePending, "{notification}", "Notifications due and not yet done, at the dispatcher's last look.");
    }

    /// <summary>A message of <paramref name="kind"/> was accepted by Teams <paramref name="delay"/> after its due instant.</summary>
    public void Delivered(string kind, TimeSpan delay) =>
        _delay.Record(Math.Max(0, delay.TotalSeconds), new KeyValuePair<string, object?>(KindTag, kind));

    public void DeliveryRecorded(string kind, string state) =>
        _deliveries.Add(1, new TagList { { KindTag, kind }, { StateTag, state } });

    /// <summary>What the dispatcher found at its last look at the schedule: due and free, plus due and held by an instance.</summary>
    public void Pending(int count) => Volatile.Write(ref _pending, count);

    private IEnumerable<Measurement<int>> ObservePending() =>
        Volatile.Read(ref _pending) is var pending and >= 0 ? [new Measurement<int>(pending)] : [];
}
