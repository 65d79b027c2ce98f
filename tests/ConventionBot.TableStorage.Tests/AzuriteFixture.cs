using Azure.Core;
using Azure.Core.Pipeline;

namespace ConventionBot.TableStorage.Tests;

/// <summary>
/// The Azurite that scripts/test.sh starts, reached through CONVENTIONBOT_TEST_TABLES.
/// Missing configuration fails the tests: storage tests must never be skipped silently.
/// </summary>
public sealed class AzuriteFixture
{
    public const string VariableName = "CONVENTIONBOT_TEST_TABLES";

    public AzuriteFixture()
    {
        var connectionString = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{VariableName} is not set: run scripts/test.sh, which starts Azurite and exports its connection string.");
        }

        ConnectionString = connectionString;
        Service = new TableServiceClient(connectionString);
    }

    public string ConnectionString { get; }

    public TableServiceClient Service { get; }

    /// <summary>Creates a uniquely named table; dispose the result to delete it.</summary>
    public async Task<TemporaryTable> CreateTableAsync(TableClientOptions? options = null)
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        var client = options is null ? Service.GetTableClient(name) : new TableClient(ConnectionString, name, options);
        await client.CreateAsync();
        return new TemporaryTable(client);
    }

    /// <summary>Options whose pipeline counts the requests it sends, to prove validation happens before any.</summary>
    public static (TableClientOptions Options, RequestCounter Counter) CountingOptions()
    {
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        return (options, counter);
    }
}
