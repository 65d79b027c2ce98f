using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>The real app on a test server, with its own tables on the test Azurite.</summary>
public sealed class BotAppFactory(IDictionary<string, string?>? settings = null, string environment = "Development")
    : WebApplicationFactory<Program>
{
    public string TablePrefix { get; } = TestStorage.UniquePrefix();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration(config =>
        {
            var values = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Tables"] = TestStorage.ConnectionString,
                ["Storage:TablePrefix"] = TablePrefix,
                // Optional, so a run with the tables only still serves every test that stores no file.
                ["ConnectionStrings:Blobs"] = Environment.GetEnvironmentVariable(TestStorage.BlobVariable) is { Length: > 0 } blobs ? blobs : null,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }
            config.AddInMemoryCollection(values);
        });
    }
}
