using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Exports;

namespace ConventionBot.Tests.Funding;

/// <summary>The consolidated bilan and the dossier CSV list the dossier's files: every version, who and when, and what was refused.</summary>
public sealed class DossierExportTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync();
        await DossierSteps.PostFileAsync(_app.Client, DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "rib"), "rib-2023.pdf", DossierSteps.Pdf);
        await DossierSteps.PostFileAsync(_app.Client, DossierSteps.UploadLink(await _app.SayAsync(TestUser.Bob, "financement 2023"), "rib"), "=rib <corrigé>.png", DossierSteps.Png);
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");
        await _app.ClickAsync(TestUser.Admin, card, "dossier.reject", new Dictionary<string, string> { ["rejectFile"] = DossierSteps.Choice(card, "rib"), ["rejectReason"] = "Image floue" });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ConsolidatedDocument_ListsEveryVersionWithWhoWhenAndLinksThatServeThem()
    {
        var links = CardJson.Links(await _app.SayAsync(TestUser.Alice, "export bilan 2023"));

        var html = await _app.Client.GetStringAsync(links[0].PathAndQuery);

        var section = html[html.IndexOf("<section id=\"dossier\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("<h2>Dossier de la contribution 2023 (article 3)</h2>", section, StringComparison.Ordinal);
        Assert.Contains(">rib-2023.pdf</a></td><td>1</td>", section, StringComparison.Ordinal);
        Assert.Contains("&lt;corrigé&gt;.png</a></td><td>2</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td>Alice Hlm</td><td>reçu</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td>Bob Hlm</td><td>refusé le", section, StringComparison.Ordinal);
        Assert.Contains("par Claire Métropole\u00a0: Image floue", WebUtility.HtmlDecode(section), StringComparison.Ordinal);
        var first = WebUtility.HtmlDecode(Regex.Match(section, "<a href=\"([^\"]+)\">rib-2023.pdf</a>").Groups[1].Value);
        Assert.Equal(DossierSteps.Pdf, await _app.Client.GetByteArrayAsync(new Uri(first).PathAndQuery));
    }

    [Fact]
    public async Task DossierCsv_ListsNameDateWhoAndStateForFrenchExcel()
    {
        var links = CardJson.Links(await _app.SayAsync(TestUser.Alice, "export bilan 2023"));

        var response = await _app.Client.GetAsync(links[2].PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = CsvReader.Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("Convention;Année;Pièce;Fichier;Version;Taille (octets);Déposé le;Déposé par;État", string.Join(';', rows[0]));
        Assert.Equal(3, rows.Count);
        Assert.Equal(["amp-arhlm-2022-2024", "2023", "un RIB", "rib-2023.pdf", "1", DossierSteps.Pdf.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)], rows[1].Take(6));
        Assert.Equal("Alice Hlm", rows[1][7]);
        Assert.Equal("reçu", rows[1][8]);
        Assert.Equal("'=rib <corrigé>.png", rows[2][3]);
        Assert.StartsWith("refusé le ", rows[2][8], StringComparison.Ordinal);
        Assert.EndsWith("Image floue", rows[2][8], StringComparison.Ordinal);
    }
}
