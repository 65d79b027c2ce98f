namespace ConventionBot.BotFramework.Tests.Connector;

/// <summary>
/// Telemetry tests run alone: the library's activity source and meter are process-wide, so Connector calls of tests
/// running in parallel would add spans and counts to what a test reads.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
    public const string Name = "Telemetry";
}
