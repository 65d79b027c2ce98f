using System.Text.Json;
using ConventionBot.Journal;
using ConventionBot.Tests.Bilans;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Funding;

/// <summary>An admin rejects a dossier file from the contribution card: the item is no longer received, the AR Hlm is told why.</summary>
public sealed class DossierRejectTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync();
        await _app.SubscribePartyChannelsAsync();
        var link = DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "rib");
        await DossierSteps.PostFileAsync(_app.Client, link, "rib-flou.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46]);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Reject_ByAdminWithReason_UnticksTheItemKeepsTheFileAndTellsTheArHlm()
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");
        var before = _app.Connector.Calls.Count;

        var answer = await _app.ClickAsync(TestUser.Admin, card, "dossier.reject", Reject(card, "RIB illisible"));

        var texts = CardJson.Texts(answer);
        Assert.Contains("Fichier «\u00a0rib-flou.jpg\u00a0» refusé\u202f; l’AR Hlm en est informée.", texts, StringComparison.Ordinal);
        Assert.Contains("un RIB\u00a0: manquant", texts, StringComparison.Ordinal);
        Assert.Contains("refusé par Claire Métropole le", texts, StringComparison.Ordinal);
        Assert.Contains("\u00a0: RIB illisible", texts, StringComparison.Ordinal);
        Assert.Single(DossierSteps.DownloadLinks(answer, "rib"));
        var told = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.ArHlmChannel.ConversationId);
        var notice = CardJson.Texts(told.Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("Contribution 2023\u00a0: pièce refusée", notice, StringComparison.Ordinal);
        Assert.Contains("Motif\u00a0: RIB illisible", notice, StringComparison.Ordinal);
        var journal = await _app.Services.GetRequiredService<AuditJournal>().ListAsync("amp-arhlm-2022-2024", 2023, CancellationToken.None);
        Assert.Equal("pièce refusée : un RIB — « rib-flou.jpg » (motif : RIB illisible)", journal[^1].Summary);
        Assert.Equal(TestUser.Admin.AadObjectId, journal[^1].ActorId);
    }

    [Fact]
    public async Task Reject_Twice_SecondSaysItChangedAndTellsOnce()
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");
        await _app.ClickAsync(TestUser.Admin, card, "dossier.reject", Reject(card, "RIB illisible"));

        var again = await _app.ClickAsync(TestUser.Admin, card, "dossier.reject", Reject(card, "Autre motif"));

        Assert.Contains("ce fichier a déjà été refusé ou a changé entre-temps", CardJson.Texts(again), StringComparison.Ordinal);
        Assert.DoesNotContain("Autre motif", CardJson.Texts(again), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Indiquez le motif du refus")]
    [InlineData("   ", "Indiquez le motif du refus")]
    public async Task Reject_WithoutReason_IsRefusedAndChangesNothing(string reason, string expected)
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");

        var answer = await _app.ClickAsync(TestUser.Admin, card, "dossier.reject", Reject(card, reason));

        Assert.Contains(expected, answer.GetString(), StringComparison.Ordinal);
        Assert.Contains("un RIB\u00a0: reçu", CardJson.Texts(await _app.SayAsync(TestUser.Admin, "financement 2023")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_NoFileChosen_AsksForOne()
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");

        var answer = await _app.ClickAsync(TestUser.Admin, card, "dossier.reject", new Dictionary<string, string> { ["rejectFile"] = "", ["rejectReason"] = "Illisible" });

        Assert.Contains("Choisissez le fichier à refuser.", answer.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_ByAContributor_IsRefused()
    {
        var adminCard = await _app.SayAsync(TestUser.Admin, "financement 2023");

        var answer = await _app.ClickAsync(TestUser.Alice, adminCard, "dossier.reject", Reject(adminCard, "Pas le bon"));

        Assert.Contains("Seuls les administrateurs", answer.GetString(), StringComparison.Ordinal);
        Assert.False(CardJson.HasAction(await _app.SayAsync(TestUser.Alice, "financement 2023"), "dossier.reject"));
    }

    /// <summary>The rejection form as an admin fills it: the RIB's newest file chosen, and a reason.</summary>
    private static Dictionary<string, string> Reject(JsonElement card, string reason) =>
        new() { ["rejectFile"] = DossierSteps.Choice(card, "rib"), ["rejectReason"] = reason };
}
