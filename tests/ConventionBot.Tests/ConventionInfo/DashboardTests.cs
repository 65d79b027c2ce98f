using System.Net;
using System.Text.RegularExpressions;
using ConventionBot.Calendar;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Funding;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.ConventionInfo;

/// <summary>
/// The dashboard against data made through <c>/api/messages</c> on Azurite: each cell says what the records say, the
/// tab's data costs two Table queries, and the chat card matches the page.
/// </summary>
public sealed partial class DashboardTests : IAsyncLifetime
{
    private readonly StorageRequestCounter _counter = new();
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync(new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.FromHours(2)), services: _counter.AddTo);
        await BilanSteps.OpenCampaignAsync(_app);
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 5, "Trois ateliers.");
        var form = await _app.SayAsync(TestUser.Admin, "bilan 2023 2");
        await _app.ClickAsync(TestUser.Admin, form, "bilan.save", BilanSteps.Inputs("Premières réunions."));
        var funding = await _app.SayAsync(TestUser.Admin, "financement 2023");
        await _app.ClickAsync(TestUser.Admin, funding, "funding.save", FundingFlowTests.Inputs(call: "2023-03-10", documents: "rib,statuts"));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Page_InDevelopment_ShowsEachCellAsTheRecordsSayWithWhoTouchedIt()
    {
        var html = await _app.Client.GetStringAsync("/tab/dashboard");

        Assert.Equal(
            ["– campagne non ouverte", "! Soumis<br><small>Alice Hlm, le " + DateText.Moment(new DateTimeOffset(2024, 6, 3, 7, 0, 0, TimeSpan.Zero), Language.French) + "</small>", "– campagne non ouverte"],
            Cells(html, "5. NPNRU métropolitain"));
        Assert.StartsWith("◔ Brouillon<br><small>Claire Métropole", Cells(html, "2. Programmation LLS (DAP et ROLLS)")[1], StringComparison.Ordinal);
        Assert.Equal("– Non commencé", Cells(html, "4. Accès et maintien au logement de publics spécifiques")[1]);
        Assert.Equal("✔ reçu le 10/03/2023", Cells(html, "Appel de fonds")[1]);
        Assert.StartsWith("⚠ 2/5 pièces<br><small>manque", Cells(html, "Dossier")[1], StringComparison.Ordinal); // the 2023 call was due by 31 March 2024
        Assert.Equal("⚠ 0/1 — sous le minimum", Cells(html, "COPIL")[0]);
        Assert.Equal("! 0/1 — à compléter", Cells(html, "COPIL")[2]);
        Assert.Contains("<svg viewBox=", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-panel-30-t\">Chantiers validés par année</title><desc id=\"chart-panel-30-d\">2022 : 0 chantier validé sur 7 ; 2023 : 0 chantier validé sur 7 ; 2024 : 0 chantier validé sur 7</desc>",
            WebUtility.HtmlDecode(html).Replace('\u00A0', ' ').Replace('\u202F', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_CostsTwoTableQueries_BilansWithContributionsThenMeetings()
    {
        _counter.Clear();

        var response = await _app.Client.GetAsync("/tab/dashboard/content");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Bilans", "Meetings"], _counter.Requests.Select(r => r.Contains("Bilans", StringComparison.Ordinal) ? "Bilans" : r.Contains("Meetings", StringComparison.Ordinal) ? "Meetings" : r).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Card_ShowsTheSameStatesInWords_AndOpensThePage()
    {
        var card = await _app.SayAsync(TestUser.Alice, "tableau de bord");

        var texts = CardJson.Texts(card);
        Assert.Contains("2022 – campagne non ouverte · 2023 ! Soumis · 2024 – campagne non ouverte", texts, StringComparison.Ordinal);
        Assert.Contains("2022 ⚠ 0/1 — sous le minimum · 2023 ⚠ 0/1 — sous le minimum · 2024 ! 0/1 — à compléter", texts, StringComparison.Ordinal);
        Assert.Equal("http://localhost:3978/tab/dashboard?convention=amp-arhlm-2022-2024", CardJson.Links(card)[0].AbsoluteUri);
    }

    [Fact]
    public async Task Page_HasNoScriptFromElsewhere_AndMayOnlyBeFramedByTeams()
    {
        var response = await _app.Client.GetAsync("/tab/dashboard");
        var library = await _app.Client.GetAsync("/tab/teams.js");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors https://teams.microsoft.com", policy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Contains("microsoftTeams", await library.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The cells of the row whose header is <paramref name="header"/>, without their tone's markup.</summary>
    private static string[] Cells(string html, string header)
    {
        var row = Regex.Match(html, $"<tr><th scope=\"row\">{Regex.Escape(header)}</th>(.*?)</tr>");
        Assert.True(row.Success, $"no row {header}");
        return [.. CellMarkup().Matches(row.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Replace("<span aria-hidden=\"true\">", "", StringComparison.Ordinal).Replace("</span>", "", StringComparison.Ordinal))];
    }

    [GeneratedRegex("<td class=\"tone-[a-z]+\">(.*?)</td>")]
    private static partial Regex CellMarkup();
}
