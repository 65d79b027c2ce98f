using System.Text;
using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Exports;

/// <summary>
/// The PLH d'Arras 2014-2020, loaded beside the 2022-2024 convention, through <c>/api/messages</c>: browsing its
/// orientations and actions, an action's card with its indicators, a year's bilan for an action with those indicators,
/// and the consolidated document; neither definition's words or items leak into the other's cards.
/// </summary>
public sealed class PlhJourneyTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync() => _app = await BilanApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Actions_ListsThePlhByOrientationOnPagesUnderTheCardCap()
    {
        var first = await _app.SayAsync(TestUser.Alice, "actions");
        var next = await _app.ClickAsync(TestUser.Alice, first, "convention.chantiers");

        var texts = CardJson.Texts(first);
        Assert.Contains("Les 60 actions — PLH d’Arras 2014-2020", texts, StringComparison.Ordinal);
        Assert.Contains("Page 1 sur 4", texts, StringComparison.Ordinal);
        Assert.Contains("**Orientation 1** · viser la production de 550 logements neufs par an", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Chantier", texts, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(first.GetRawText()) < 28_000 / 2);
        Assert.Contains("Page 2 sur 4", CardJson.Texts(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrientationAndSearch_ListOneGroupOrTheActionsMatchingAWordAcrossLevels()
    {
        var orientation = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "orientation 4"));
        var search = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "action béguinages"));
        var byGroupTitle = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "actions peuplement"));

        Assert.Contains("**31** · ", orientation, StringComparison.Ordinal);
        Assert.Contains("**32** · ", orientation, StringComparison.Ordinal);
        Assert.DoesNotContain("**30** · ", orientation, StringComparison.Ordinal);
        Assert.Contains("Action 40 · ", search, StringComparison.Ordinal);
        Assert.Contains("**Orientation 4** · ", byGroupTitle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_ShowsItsSheetAndIndicatorsWithTheirTargets()
    {
        var card = await _app.SayAsync(TestUser.Alice, "action 10");

        var texts = CardJson.Texts(card);
        Assert.Contains("Action 10 · ", texts, StringComparison.Ordinal);
        Assert.Contains("PLH d’Arras 2014-2020", texts, StringComparison.Ordinal);
        Assert.Contains("**Orientation 2** · ", texts, StringComparison.Ordinal);
        Assert.Contains("Budget annuel", texts, StringComparison.Ordinal);
        Assert.Contains("Voir la fiche complète", texts, StringComparison.Ordinal);
        Assert.Contains("Le programme", texts, StringComparison.Ordinal);
        Assert.Contains("Programme terminé le jeudi 31 décembre 2020\u202F; ses dossiers restent ouverts.", texts, StringComparison.Ordinal);
        Assert.Contains("Indicateurs du bilan annuel", texts, StringComparison.Ordinal);
        Assert.Contains("**Nombre de logements locatifs sociaux financés** (nombre entier, logements\u202F; objectif\u00A0: 200 logements locatifs sociaux par an)", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Modalités d’intervention", texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bilan_ForAnAction_TakesItsIndicatorsAndTheDocumentComparesThemWithTheTarget()
    {
        var campaign = await _app.SayAsync(TestUser.Admin, "bilan 2016");
        var opened = await _app.ClickAsync(TestUser.Admin, campaign, "bilan.open", new Dictionary<string, string> { ["deadline"] = BilanSteps.Deadline });
        var form = await _app.ClickAsync(TestUser.Alice, opened, "bilan.form", new Dictionary<string, string> { ["chantier"] = "10" });
        Assert.Contains("- 10.\u00A0Produire 200 logements locatifs sociaux par an — **Non commencé**", CardJson.Texts(opened), StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(opened.GetRawText()) < 28_000 / 2);
        Assert.True(CardJson.HasInput(form, "figure-lls-finances"));
        Assert.False(CardJson.HasInput(form, "modalities"));
        Assert.False(CardJson.HasInput(form, "figure-meetings"));

        var refused = await _app.ClickAsync(TestUser.Alice, form, "bilan.save", Inputs("figure-moyens-financiers-partenaires", "beaucoup"));
        var saved = await _app.ClickAsync(TestUser.Alice, form, "bilan.submit", Inputs("figure-moyens-financiers-partenaires", "1 250 000,5"));
        var html = await DocumentAsync("export bilan 2016");
        var dashboard = await _app.SayAsync(TestUser.Alice, "tableau de bord 2014-2020");

        Assert.Contains("« Moyens financiers engagés par les différents partenaires » doit être un nombre, par exemple 12,5", CardJson.Texts(refused).Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("Bilan soumis pour validation.", CardJson.Texts(saved), StringComparison.Ordinal);
        Assert.DoesNotContain("Métropole", CardJson.Texts(saved), StringComparison.Ordinal);
        Assert.Equal("150", CardJson.InputValue(saved, "figure-lls-finances"));
        Assert.Contains("<h2>Orientation 2 — ", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Action 10 — ", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Nombre de logements locatifs sociaux financés</th><td>150&#xA0;logements</td><td>75&#x202F;% de l’objectif de 200&#xA0;logements</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"total\">150&#xA0;logements</td>", html, StringComparison.Ordinal);
        Assert.Contains("1&#x202F;250&#x202F;000,5", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Indicateurs chiffrés</h3>", html, StringComparison.Ordinal);
        Assert.Matches(@"<p>\d+ indicateurs chiffrés, sans valeur cette année ni objectif, ne sont pas repris ici\.</p>", html);
        Assert.DoesNotContain("Modalités d’intervention", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chantier", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dossier de la contribution", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(article", html, StringComparison.Ordinal);
        var panels = CardJson.Texts(dashboard);
        Assert.Contains("Indicateurs\u00A0: total de l’année", panels, StringComparison.Ordinal);
        Assert.Contains("Nombre de logements locatifs sociaux financés", panels, StringComparison.Ordinal);
        Assert.Contains("2016 ◔ 150\u00A0logements — 75\u202F% de l’objectif de 200\u00A0logements", panels, StringComparison.Ordinal);
        Assert.Contains("Bilans annuels", panels, StringComparison.Ordinal);
        Assert.DoesNotContain("(art.", panels, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportJournalAndMeetings_SpeakOfActionsAndOfNoContribution()
    {
        var opened = await BilanSteps.OpenCampaignAsync(_app, year: 2016);
        var form = await _app.ClickAsync(TestUser.Alice, opened, "bilan.form", new Dictionary<string, string> { ["chantier"] = "10" });
        await _app.ClickAsync(TestUser.Alice, form, "bilan.save", Inputs("figure-lls-finances", "150"));
        var export = await _app.SayAsync(TestUser.Admin, "export bilan 2016");
        var journal = CardJson.Texts(await _app.SayAsync(TestUser.Admin, "journal action 10"));

        Assert.Contains("Le document suit sa structure\u00A0: orientations, actions, indicateurs et totaux, difficultés, perspectives et les réunions de gouvernance de l’année.", CardJson.Texts(export), StringComparison.Ordinal);
        Assert.Equal(2, CardJson.Links(export).Count);
        Assert.DoesNotContain("dossier", CardJson.Texts(export), StringComparison.Ordinal);
        Assert.Contains("Modifications concernant l’action 10 (PLH d’Arras 2014-2020)", journal, StringComparison.Ordinal);
        Assert.Contains("Bilan 2016 · action 10\u00A0: brouillon enregistré (version 1)", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothLoaded_EachYearAndEachCardStaysWithItsOwnDefinition()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var convention = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "bilan 2023"));
        var plh = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "bilan 2016"));
        var chantier = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "chantier 5"));

        Assert.Contains("NPNRU", convention, StringComparison.Ordinal);
        Assert.DoesNotContain("PLH d’Arras", convention, StringComparison.Ordinal);
        Assert.Contains("Programme Local de l’Habitat 2014-2020", plh, StringComparison.Ordinal);
        Assert.Contains("pas encore ouverte", plh, StringComparison.Ordinal);
        Assert.Contains("Chantier 5 · NPNRU métropolitain", chantier, StringComparison.Ordinal);
        Assert.Contains("Convention Métropole – AR Hlm 2022-2024", chantier, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Inputs(string id, string value) => new()
    {
        ["actions"] = "Programmation 2016 arrêtée avec les bailleurs.",
        ["figure-lls-finances"] = "150",
        [id] = value,
        ["difficulties"] = "",
        ["outlook"] = "",
        ["progress"] = "InProgress",
        ["reviewComment"] = "",
    };

    private async Task<string> DocumentAsync(string command)
    {
        var link = CardJson.Links(await _app.SayAsync(TestUser.Alice, command))[0];
        return await (await _app.Client.GetAsync(link.PathAndQuery)).Content.ReadAsStringAsync();
    }
}
