using OpenTelemetry.Metrics;

namespace ConventionBot.Tests.Diagnostics;

/// <summary>One exported point of a metric, with its tags read as a dictionary.</summary>
public sealed record MetricPointSnapshot(MetricSnapshot Metric, MetricPoint Point)
{
    public IReadOnlyDictionary<string, object?> Tags { get; } = Read(Point);

    public string? Tag(string key) => Tags.GetValueOrDefault(key)?.ToString();

    /// <summary>True when every given tag has the given value.</summary>
    public bool Has(params (string Key, object Value)[] tags) => tags.All(t => Equals(Tags.GetValueOrDefault(t.Key), t.Value));

    private static Dictionary<string, object?> Read(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }
        return tags;
    }
}
