using ConventionBot.Tests.Bilans;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Conventions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.ConventionInfo;

/// <summary>The convention commands through <c>/api/messages</c>, late in 2026, with a fake feature report registered.</summary>
public sealed class ConventionCommandsEndToEndTests : IAsyncLifetime
{
    private const string UserObjectId = "11111111-1111-1111-1111-111111111111";

    private readonly FakeReport _report = new(10, "réunions", new Deadline(InfoTestBed.LateIn2026.AddDays(5), "COTECH de décembre", null, false));
    private FakeConnector _connector = null!;
    private BotAppFactory _app = null!;
    private WebApplicationFactory<Program> _configured = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotAppFactory(new Dictionary<string, string?> { ["Access:Admins:0"] = "someone-else" });
        _configured = _app.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(InfoTestBed.LateIn2026));
            services.AddSingleton<IConventionReport>(_report);
        }));
        _client = _configured.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _configured.DisposeAsync();
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("convention", "fr-FR", "Cette convention a pris fin le mardi 31 décembre 2024.")]
    [InlineData("Résumé", "fr-FR", "Section réunions de la convention")]
    [InlineData("summary", "en-US", "This convention ended on Tuesday 31 December 2024.")]
    [InlineData("chantiers", "fr-FR", "Les 7 chantiers — Convention Métropole – AR Hlm 2022-2024")]
    [InlineData("workstreams", "en-US", "The 7 workstreams — Convention Métropole – AR Hlm 2022-2024")]
    [InlineData("chantier 5", "fr-FR", "Chantier 5 · NPNRU métropolitain")]
    [InlineData("chantier  5", "fr-FR", "Chantier 5 · NPNRU métropolitain")]
    [InlineData("CHANTIER NPNRU", "fr-FR", "Chantier 5 · NPNRU métropolitain")]
    [InlineData("chantiers npnru", "fr-FR", "Section réunions du chantier 5")]
    [InlineData("workstream Marseille-Horizons", "en-US", "Workstream 6 · PPA Marseille-Horizons")]
    [InlineData("chantier 12", "fr-FR", "Je ne trouve pas de chantier «\u00A012\u00A0»")]
    [InlineData("Échéances", "fr-FR", "Préparer le renouvellement de la convention")]
    [InlineData("echeances", "fr-FR", "COTECH de décembre")]
    [InlineData("deadlines", "en-US", "Prepare the renewal of the convention")]
    [InlineData("convention 2019-2021", "fr-FR", "Je ne connais pas de convention «\u00A02019-2021\u00A0»")]
    [InlineData("convention amp-arhlm-2022-2024", "en-US", "Its records stay open")]
    public async Task Post_Command_RepliesWithTheCard(string text, string locale, string expected)
    {
        // Act
        var card = await SendAsync(Activities.Message(_connector.ServiceUrl, text, locale: locale));

        // Assert
        Assert.Contains(expected, CardJson.Texts(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MentionInChannel_IsStripped()
    {
        // Arrange
        var activity = Activities.Message(_connector.ServiceUrl, "<at>ConventionBot</at> chantier npnru");
        activity.Entities = [Entity.From(new Mention { Mentioned = new ChannelAccount { Id = Activities.BotId, Name = "ConventionBot" }, Text = "<at>ConventionBot</at>" })];

        // Act
        var card = await SendAsync(activity);

        // Assert
        Assert.Contains("Chantier 5 · NPNRU métropolitain", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ConventionAsReaderThenAdmin_OnlyTheAdminIsOfferedTheRenewal()
    {
        // Arrange
        await using var asAdmin = _configured.WithWebHostBuilder(web => web.ConfigureAppConfiguration((_, config) =>
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["Access:Admins:0"] = UserObjectId })));
        using var adminClient = asAdmin.CreateClient();

        // Act
        var reader = await SendAsync(Activities.Message(_connector.ServiceUrl, "convention"));
        var admin = await SendAsync(Activities.Message(_connector.ServiceUrl, "convention"), adminClient);

        // Assert
        Assert.DoesNotContain("Préparer le renouvellement", reader, StringComparison.Ordinal);
        Assert.Contains("Préparer le renouvellement", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ChantierButton_AnswersTheChantierCardInPlace()
    {
        // Arrange
        var activity = Activities.Message(_connector.ServiceUrl, "", locale: "en-US");
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Name = "adaptiveCard/action";
        activity.Value = JsonDocument.Parse("""{"action":{"type":"Action.Execute","verb":"convention.chantier","data":{"convention":"amp-arhlm-2022-2024","chantier":3}}}""").RootElement.Clone();

        // Act
        var response = await _client.PostAsync(activity);

        // Assert
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Contains("Workstream 3 · Réforme de la demande et des attributions", body.GetProperty("value").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_SubmitFallbackOfDeadlinesButton_ReplacesTheCard()
    {
        // Arrange
        var activity = Activities.Message(_connector.ServiceUrl, "");
        activity.Text = null;
        activity.ReplyToId = "card-1";
        activity.Value = JsonDocument.Parse("""{"verb":"convention.deadlines","convention":"amp-arhlm-2022-2024"}""").RootElement.Clone();

        // Act
        await _client.PostAsync(activity);

        // Assert
        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal("update", call.Kind);
        Assert.Contains("COTECH de décembre", call.Activity.Attachments![0].Content!.ToString(), StringComparison.Ordinal);
    }

    private async Task<string> SendAsync(Activity activity, HttpClient? client = null)
    {
        var before = _connector.Calls.Count;
        var response = await (client ?? _client).PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var calls = await _connector.WaitForCallsAsync(before + 1);
        var reply = calls.Single(c => c.ActivityId == activity.Id);
        return Assert.Single(reply.Activity.Attachments!).Content!.ToString()!;
    }
}
