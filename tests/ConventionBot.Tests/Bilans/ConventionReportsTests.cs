namespace ConventionBot.Tests.Bilans;

/// <summary>What the bilan and contribution features add to the convention cards (<c>IConventionReport</c>), end to end.</summary>
public sealed class ConventionReportsTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync();
        await BilanSteps.OpenCampaignAsync(_app);
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 5, "Club NPNRU");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Deadlines_OpenCampaignAndMissingCalls_AreListed()
    {
        var texts = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "échéances"));

        Assert.Contains("Bilan 2023\u00A0: remise des chantiers", texts, StringComparison.Ordinal);
        Assert.Contains("6 chantiers sur 7 encore à soumettre", texts, StringComparison.Ordinal);
        Assert.Contains("Contribution 2022\u00A0: appel de fonds et dossier (AR Hlm)", texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConventionCard_ShowsEachYearsBilanAndContribution()
    {
        var texts = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "convention"));

        Assert.Contains("Bilans annuels (art. 5)", texts, StringComparison.Ordinal);
        Assert.Contains("date limite 29/01/2027 — 0 validé, 1 soumis, 6 à rendre sur 7", texts, StringComparison.Ordinal);
        Assert.Contains("campagne non ouverte", texts, StringComparison.Ordinal);
        Assert.Contains("Contribution annuelle (art. 3)", texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChantierCard_ShowsItsBilanStatusPerYear()
    {
        var texts = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "chantier 5"));

        Assert.Contains("Bilan annuel", texts, StringComparison.Ordinal);
        Assert.Contains("Soumis — Alice Hlm, le", texts, StringComparison.Ordinal);
    }
}
