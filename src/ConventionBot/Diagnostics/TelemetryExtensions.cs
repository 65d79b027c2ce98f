using Azure.Monitor.OpenTelemetry.AspNetCore;
using ConventionBot.BotFramework.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ConventionBot.Diagnostics;

public static class TelemetryExtensions
{
    /// <summary>Read by the Azure Monitor distro from configuration, environment included (App Service sets it).</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The Azure SDK's sources: Azure.Core 1.65 emits storage spans on them (no experimental switch needed).</summary>
    private const string AzureSdkSources = "Azure.*";

    /// <summary>
    /// Traces and metrics with OpenTelemetry: the protocol library's turn and Connector spans, the app's own spans, the
    /// Azure SDK's storage spans, and both meters. With <see cref="ConnectionStringKey"/> set they go to Application
    /// Insights (the distro adds ASP.NET Core and HttpClient spans and sends the logs too); without it, to no exporter.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ConventionBotTelemetry.Name))
            .WithTracing(tracing => tracing
                .AddSource(ConventionBotTelemetry.Name, BotFrameworkTelemetry.Name, AzureSdkSources)
                // Added first, so every exporter added later (Azure Monitor's, a test's) only sees redacted URLs.
                .AddProcessor<TelemetryPrivacyProcessor>())
            .WithMetrics(metrics => metrics.AddMeter(ConventionBotTelemetry.Name, BotFrameworkTelemetry.Name));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[ConnectionStringKey]))
        {
            telemetry.UseAzureMonitor();
        }
        return builder;
    }
}
