using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Funding;

/// <summary>An upload link works for a day (Dossier:UploadLinkLifetime), on the app's clock.</summary>
public sealed class DossierLinkExpiryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2023, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private BilanApp _app = null!;

    public async Task InitializeAsync() => _app = await BilanApp.StartAsync(Start);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Upload_AfterTheLinkExpired_IsRefusedInFrenchAndStoresNothing()
    {
        var link = DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "statuts");
        _app.Clock!.SetUtcNow(Start.AddDays(1).AddMinutes(1));

        var (status, page) = await DossierSteps.PostFileAsync(_app.Client, link, "statuts.pdf", DossierSteps.Pdf);

        Assert.Equal(410, status);
        Assert.Contains("Ce lien de dépôt a expiré. Rien n’a été enregistré.", page, StringComparison.Ordinal);
        Assert.Equal((0, 0), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    [Fact]
    public async Task Upload_JustBeforeExpiry_IsAccepted()
    {
        var link = DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "statuts");
        _app.Clock!.SetUtcNow(Start.AddDays(1).AddMinutes(-1));

        var (status, _) = await DossierSteps.PostFileAsync(_app.Client, link, "statuts.pdf", DossierSteps.Pdf);

        Assert.Equal(201, status);
    }
}
