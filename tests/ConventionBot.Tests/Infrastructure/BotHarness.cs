namespace ConventionBot.Tests.Infrastructure;

/// <summary>The real app, a client to post activities to it, and a fake connector that receives its replies.</summary>
public sealed class BotHarness : IAsyncDisposable
{
    private BotHarness(FakeConnector connector, BotAppFactory app)
    {
        Connector = connector;
        App = app;
        Client = app.CreateClient();
    }

    public FakeConnector Connector { get; }
    public BotAppFactory App { get; }
    public HttpClient Client { get; }

    public static async Task<BotHarness> StartAsync(IDictionary<string, string?>? settings = null) =>
        new(await FakeConnector.StartAsync(), new BotAppFactory(settings));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
