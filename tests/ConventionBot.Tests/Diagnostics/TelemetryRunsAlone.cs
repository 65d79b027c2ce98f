namespace ConventionBot.Tests.Diagnostics;

/// <summary>
/// Telemetry tests run alone: activity sources and meters are process-wide, so an app running in parallel would
/// add its spans and measurements to what a test counts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
    public const string Name = "Telemetry";
}
