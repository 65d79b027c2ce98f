namespace ConventionBot.TableStorage.Tests;

/// <summary>A table created for one test and deleted when the test is done.</summary>
public sealed class TemporaryTable(TableClient client) : IAsyncDisposable
{
    public TableClient Client { get; } = client;

    public async ValueTask DisposeAsync() => await Client.DeleteAsync();
}
