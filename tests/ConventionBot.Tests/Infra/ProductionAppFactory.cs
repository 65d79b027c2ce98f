using ConventionBot.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ConventionBot.Tests.Infra;

/// <summary>The real app in the Production environment, configured only by the given settings.</summary>
internal sealed class ProductionAppFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(WithoutMachineSettings(settings)));
    }

    /// <summary>
    /// The settings, with the connection strings the test machine may have in its environment blanked out, so Table
    /// Storage is configured by the given settings alone. Application Insights' too: the Azure Monitor exporter would
    /// call Azure's endpoints (and the VM metadata address) from the test machine.
    /// </summary>
    public static Dictionary<string, string?> WithoutMachineSettings(IReadOnlyDictionary<string, string?> settings) =>
        new(settings)
        {
            ["ConnectionStrings:Tables"] = "",
            [TelemetryExtensions.ConnectionStringKey] = "",
        };
}
