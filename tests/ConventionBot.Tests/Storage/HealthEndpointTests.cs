using System.Net;
using System.Text.Json;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Storage;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_AzuriteRunning_ReportsHealthyTablesAndBlobs()
    {
        await using var app = new BotAppFactory();
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("tables").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("blobs").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_BlobsUnreachable_Answers503AndSaysWhich()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?> { ["ConnectionStrings:Blobs"] = Unreachable().Replace("TableEndpoint", "BlobEndpoint", StringComparison.Ordinal) });
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("blobs").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("tables").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_StorageUnreachable_Answers503()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?> { ["ConnectionStrings:Tables"] = Unreachable() });
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Unreachable() =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
}
