using System.Net;
using System.Text;
using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Exports;

/// <summary>The consolidated bilan through <c>export bilan 2023</c> and its signed links, fetched without Teams.</summary>
public sealed class ExportTests : IAsyncLifetime
{
    private const string Hostile = "Relogement <script>alert('x')</script> ; suivi \"renforcé\"\n=SOMME(A1)";
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync();
        await BilanSteps.OpenCampaignAsync(_app);
        var form = await _app.SayAsync(TestUser.Alice, "bilan 2023 5");
        var inputs = BilanSteps.Inputs(Hostile, meetings: "4", modalities: "1,7");
        inputs["figure-bailleurs"] = "12";
        inputs["outlook"] = "Nouveau club en 2024.";
        await _app.ClickAsync(TestUser.Alice, form, "bilan.submit", inputs);
        await BilanSteps.SubmitAsync(_app, TestUser.Bob, 1, "Contribution au PLH", meetings: "3");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Export_Command_AnswersWithThreeSignedLinksThatExpire()
    {
        var card = await _app.SayAsync(TestUser.Alice, "export bilan 2023");

        var links = CardJson.Links(card);
        Assert.Equal(3, links.Count);
        Assert.All(links.Take(2), l => Assert.StartsWith("http://localhost:3978/exports/amp-arhlm-2022-2024/bilan-2023.", l.AbsoluteUri, StringComparison.Ordinal));
        Assert.StartsWith("http://localhost:3978/exports/amp-arhlm-2022-2024/dossier-2023.csv?t=", links[2].AbsoluteUri, StringComparison.Ordinal);
        Assert.All(links, l => Assert.Contains("?t=", l.Query, StringComparison.Ordinal));
        Assert.Contains("Ces liens s’ouvrent sans connexion Teams jusqu’au", CardJson.Texts(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlLink_WithoutTeams_ServesThePrintableDocumentInTheConventionsOrder()
    {
        var response = await _app.Client.GetAsync(Relative((await LinksAsync())[0]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Bilan annuel 2023</h1>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Axe 1 — ", StringComparison.Ordinal) < html.IndexOf("Axe 3 — ", StringComparison.Ordinal));
        Assert.Contains("<h3>Chantier 5 — NPNRU métropolitain</h3>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"total\">7</td>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Événements partenariaux</li>", html, StringComparison.Ordinal);
        Assert.Contains("Nouveau club en 2024.", html, StringComparison.Ordinal);
        Assert.Contains("Aucune réunion de gouvernance n’est enregistrée pour 2023.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlLink_ChantierNotStarted_TakesOneLineNotEmptySections()
    {
        var html = await (await _app.Client.GetAsync(Relative((await LinksAsync())[0]))).Content.ReadAsStringAsync();

        var unstarted = html[html.IndexOf("<article id=\"chantier-7\"", StringComparison.Ordinal)..];
        unstarted = unstarted[..(unstarted.IndexOf("</article>", StringComparison.Ordinal) + "</article>".Length)];
        Assert.Equal(
            "<article id=\"chantier-7\" class=\"not-started\">\n<h3>Chantier 7 — Politique de la ville</h3>\n<p class=\"meta\">Statut : Non commencé — aucune contribution reçue.</p>\n</article>",
            unstarted);
        Assert.Contains("<h4>Actions menées</h4>", html, StringComparison.Ordinal); // the started ones keep their sections
    }

    [Fact]
    public async Task CsvLink_WithoutTeams_ServesEveryContributionForFrenchExcel()
    {
        var response = await _app.Client.GetAsync(Relative((await LinksAsync())[1]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = CsvReader.Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(8, rows.Count);
        Assert.Equal("Convention;Année;Axe;N° chantier;Chantier", string.Join(';', rows[0].Take(5)));
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        var npnru = rows.Single(r => r[3] == "5");
        Assert.Equal("NPNRU métropolitain", npnru[4]);
        Assert.Equal("Soumis", npnru[5]);
        Assert.Equal(Hostile, npnru[8]);
        Assert.Equal("4", npnru[rows[0].IndexOf("Réunions tenues")]);
        Assert.Equal("12", npnru[rows[0].IndexOf("Bailleurs mobilisés")]);
        Assert.Equal("Non commencé", rows.Single(r => r[3] == "7")[5]);
    }

    [Fact]
    public async Task Links_TamperedOrMissingTokenOrOtherPath_AreRefusedWithoutDetail()
    {
        var (html, csv) = (Relative((await LinksAsync())[0]), Relative((await LinksAsync())[1]));
        var token = html[(html.IndexOf("?t=", StringComparison.Ordinal) + 3)..];
        var tampered = html[..^3] + (html[^3] == 'A' ? "B" : "A") + html[^2..];
        string[] refused =
        [
            tampered,
            html[..html.IndexOf('?', StringComparison.Ordinal)],
            csv[..csv.IndexOf('?', StringComparison.Ordinal)] + "?t=" + token,
            html.Replace("bilan-2023", "bilan-2022", StringComparison.Ordinal),
            "/exports/amp-arhlm-2022-2024/bilan-2023.xml?t=" + token,
        ];

        foreach (var url in refused)
        {
            var response = await _app.Client.GetAsync(url);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Links_AfterARestartOnTheSameStorage_StillWork()
    {
        var html = Relative((await LinksAsync())[0]);
        await using var restarted = await BilanApp.StartAsync(settings: new Dictionary<string, string?> { ["Storage:TablePrefix"] = _app.TablePrefix });

        var response = await restarted.Client.GetAsync(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<IReadOnlyList<Uri>> LinksAsync() => CardJson.Links(await _app.SayAsync(TestUser.Alice, "export bilan 2023"));

    private static string Relative(Uri link) => link.PathAndQuery;
}
