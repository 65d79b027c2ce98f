using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ConventionBot.Tests.Diagnostics;

/// <summary>
/// The OpenTelemetry in-memory exporter on the app's own pipeline (its sources, meters and privacy processor), with the
/// ASP.NET Core and HttpClient spans that the Azure Monitor distro adds in production.
/// </summary>
public sealed class TelemetryCapture
{
    private readonly LockedCollection<Activity> _spans = new();
    private readonly LockedCollection<MetricSnapshot> _metrics = new();

    public IReadOnlyList<Activity> Spans => _spans.Snapshot();

    public void AddTo(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddInMemoryExporter(_spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics));

    /// <summary>Exports the metrics now; returns the points of the last export of <paramref name="name"/> (totals: cumulative).</summary>
    public IReadOnlyList<MetricPointSnapshot> Points(IServiceProvider services, string name)
    {
        _metrics.Clear();
        services.GetRequiredService<MeterProvider>().ForceFlush();
        return [.. _metrics.Snapshot().Where(m => m.Name == name).SelectMany(m => m.MetricPoints.Select(p => new MetricPointSnapshot(m, p)))];
    }

    /// <summary>Every metric point of an export made now.</summary>
    public IReadOnlyList<MetricPointSnapshot> AllPoints(IServiceProvider services)
    {
        _metrics.Clear();
        services.GetRequiredService<MeterProvider>().ForceFlush();
        return [.. _metrics.Snapshot().SelectMany(m => m.MetricPoints.Select(p => new MetricPointSnapshot(m, p)))];
    }

    /// <summary>Waits until a span matching <paramref name="match"/> has ended (turns end after their reply was sent).</summary>
    public async Task<Activity> WaitForSpanAsync(Func<Activity, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Spans.FirstOrDefault(match) is { } span)
            {
                return span;
            }
            await Task.Delay(20, timeout.Token);
        }
    }
}
