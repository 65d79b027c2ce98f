using System.Net;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Storage;

/// <summary>Table Storage down (nothing listens on its port): users read that the data is unavailable, not that the bot broke.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:Tables"] = Unreachable });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Message_CommandReadingStorage_SaysTheDataIsTemporarilyUnavailable()
    {
        var response = await _bot.Client.PostAsync(Activities.Message(_bot.Connector.ServiceUrl, "bilan 2024"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        Assert.Equal("Les données de la convention sont momentanément inaccessibles (stockage indisponible). Réessayez dans quelques minutes.", reply.Activity.Text);
    }

    [Fact]
    public async Task CardAction_DuringTheOutage_AnswersAnErrorThatKeepsTheCardAndSaysSo()
    {
        var invoke = Activities.Message(_bot.Connector.ServiceUrl, "");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Text = null;
        invoke.Name = "adaptiveCard/action";
        invoke.Value = JsonDocument.Parse("""{"action":{"type":"Action.Execute","verb":"command.run","data":{"command":"bilan 2024"}}}""").RootElement.Clone();

        var response = await _bot.Client.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(
            "Les données de la convention sont momentanément inaccessibles\u00A0: ce que vous avez saisi est resté dans la carte. Réessayez dans quelques minutes.",
            body.RootElement.GetProperty("value").GetProperty("message").GetString());
        Assert.Empty(_bot.Connector.Calls); // no new card replaced the one the user is typing in
    }
}
