using System.Net;
using ConventionBot.Journal;
using ConventionBot.Tests.Bilans;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Funding;

/// <summary>The dossier's files through <c>/api/messages</c> and HTTP only, against Azurite's tables and blobs: upload by signed link, versions, downloads.</summary>
public sealed class DossierUploadTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await BilanApp.StartAsync(settings: new Dictionary<string, string?> { ["Dossier:MaxFileBytes"] = "4096" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Upload_PdfForTheRib_StoresItTicksTheItemWithWhoAndWhenAndJournalsIt()
    {
        var card = await _app.SayAsync(TestUser.Alice, "financement 2023");

        var (status, page) = await DossierSteps.PostFileAsync(_app.Client, DossierSteps.UploadLink(card, "rib"), "RIB société 2023.pdf", DossierSteps.Pdf);

        Assert.Equal(201, status);
        Assert.Contains("Le fichier «\u00a0RIB société 2023.pdf\u00a0»", page, StringComparison.Ordinal);
        Assert.Contains("est enregistré pour la pièce", page, StringComparison.Ordinal);
        var texts = CardJson.Texts(await _app.SayAsync(TestUser.Admin, "financement 2023"));
        Assert.Contains("un RIB\u00a0: reçu", texts, StringComparison.Ordinal);
        Assert.Contains("RIB société 2023.pdf (version 1, 1\u00a0Ko)\u00a0: déposé par Alice Hlm le", texts, StringComparison.Ordinal);
        Assert.Equal((1, 1), await DossierSteps.StoredAsync(_app.TablePrefix));
        var journal = await _app.Services.GetRequiredService<AuditJournal>().ListAsync("amp-arhlm-2022-2024", 2023, CancellationToken.None);
        var entry = Assert.Single(journal);
        Assert.Equal("pièce déposée : un RIB — « RIB société 2023.pdf »", entry.Summary);
        Assert.Equal(TestUser.Alice.AadObjectId, entry.ActorId);
    }

    [Fact]
    public async Task Upload_SecondVersion_KeepsBothAndTheCardServesTheNewestThroughItsSignedLink()
    {
        await DossierSteps.PostFileAsync(_app.Client, DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "rib"), "rib-v1.pdf", DossierSteps.Pdf);
        var (status, _) = await DossierSteps.PostFileAsync(_app.Client, DossierSteps.UploadLink(await _app.SayAsync(TestUser.Bob, "financement 2023"), "rib"), "rib-v2.png", DossierSteps.Png);

        var card = await _app.SayAsync(TestUser.Alice, "financement 2023");

        Assert.Equal(201, status);
        var texts = CardJson.Texts(card);
        Assert.Contains("rib-v2.png (version 2, 1\u00a0Ko)\u00a0: déposé par Bob Hlm", texts, StringComparison.Ordinal);
        Assert.Contains("et 1 version plus ancienne, conservée", texts, StringComparison.Ordinal);
        var newest = await _app.Client.GetAsync(Assert.Single(DossierSteps.DownloadLinks(card, "rib")));
        Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
        Assert.Equal("image/png", newest.Content.Headers.ContentType!.MediaType);
        Assert.Equal("rib-v2.png", newest.Content.Headers.ContentDisposition!.FileNameStar ?? newest.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("no-store", newest.Headers.CacheControl!.ToString());
        Assert.Equal(DossierSteps.Png, await newest.Content.ReadAsByteArrayAsync());
        Assert.Equal((2, 2), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    [Fact]
    public async Task UploadPage_Get_IsAnAccessibleFrenchFormWithoutScript()
    {
        var link = DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "statuts");

        var response = await _app.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"fichier\">Fichier à déposer</label>", html, StringComparison.Ordinal);
        Assert.Contains("les statuts de l’association et leur mise à jour", html, StringComparison.Ordinal);
        Assert.Contains("Taille maximale\u00a0: 4\u00a0Ko", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], int, string> BadFiles() => new()
    {
        { "rib.pdf", "MZ\u0090\0 not a pdf"u8.ToArray(), 415, "Ce type de fichier n’est pas accepté" },
        { "rib.exe", DossierSteps.Pdf, 415, "Ce type de fichier n’est pas accepté" },
        { "rib.png", "<html><script>alert(1)</script></html>"u8.ToArray(), 415, "ne correspond pas à son extension" },
        { "rib.docx", DossierSteps.Pdf, 415, "ne correspond pas à son extension" },
        { "rib.pdf", [.. DossierSteps.Pdf, .. new byte[4096]], 413, "Le fichier dépasse la taille maximale de 4\u00a0Ko." },
        { "rib.pdf", [], 400, "Le fichier est vide (0\u00a0octet)." },
        { "../rib.pdf", DossierSteps.Pdf, 400, "Le nom du fichier contient des caractères interdits" },
        { "dossier/rib.pdf", DossierSteps.Pdf, 400, "Le nom du fichier contient des caractères interdits" },
        { "C:\\\\temp\\\\rib.pdf", DossierSteps.Pdf, 400, "Le nom du fichier contient des caractères interdits" },
        { "rib\u0001.pdf", DossierSteps.Pdf, 400, "Le nom du fichier contient des caractères interdits" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_BadFile_IsRefusedInFrenchStoresNothingAndKeepsTheLinkUsable(string name, byte[] content, int expectedStatus, string expected)
    {
        var link = DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "rib");

        var (status, page) = await DossierSteps.PostFileAsync(_app.Client, link, name, content);

        Assert.Equal(expectedStatus, status);
        Assert.Contains("Erreur\u00a0: rien n’a été enregistré.", page, StringComparison.Ordinal);
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Contains("<input type=\"file\"", page, StringComparison.Ordinal);
        Assert.Equal((0, 0), await DossierSteps.StoredAsync(_app.TablePrefix));
        Assert.Contains("un RIB\u00a0: manquant", CardJson.Texts(await _app.SayAsync(TestUser.Alice, "financement 2023")), StringComparison.Ordinal);
        Assert.Equal(201, (await DossierSteps.PostFileAsync(_app.Client, link, "rib.docx", DossierSteps.Docx)).Status);
    }

    [Fact]
    public async Task Upload_LinkUsedTwice_RefusesTheSecondAndStoresOneFile()
    {
        var link = DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "bureau-ca");
        await DossierSteps.PostFileAsync(_app.Client, link, "bureau.pdf", DossierSteps.Pdf);

        var (status, page) = await DossierSteps.PostFileAsync(_app.Client, link, "bureau-bis.pdf", DossierSteps.Pdf);
        var reopened = await _app.Client.GetAsync(link);

        Assert.Equal(409, status);
        Assert.Contains("Ce lien de dépôt a déjà servi", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, reopened.StatusCode);
        Assert.Equal((1, 1), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    [Fact]
    public async Task Upload_SameLinkTwiceAtOnce_StoresOneFile()
    {
        var link = DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "statuts");

        var answers = await Task.WhenAll(
            DossierSteps.PostFileAsync(_app.Client, link, "statuts-a.pdf", DossierSteps.Pdf),
            DossierSteps.PostFileAsync(_app.Client, link, "statuts-b.pdf", DossierSteps.Pdf));

        Assert.Equal([201, 409], answers.Select(a => a.Status).Order());
        Assert.Equal((1, 1), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    [Fact]
    public async Task Upload_TamperedMissingOrOtherItemLink_IsRefusedInFrenchAndStoresNothing()
    {
        var link = DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "rib");
        var tampered = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];
        string[] refused = [tampered, link[..link.IndexOf('?', StringComparison.Ordinal)], link.Replace("/rib/", "/statuts/", StringComparison.Ordinal)];

        foreach (var url in refused)
        {
            var (status, page) = await DossierSteps.PostFileAsync(_app.Client, url, "rib.pdf", DossierSteps.Pdf);

            Assert.Equal(403, status);
            Assert.Contains("Ce lien de dépôt n’est pas valide", page, StringComparison.Ordinal);
        }
        Assert.Equal((0, 0), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    [Fact]
    public async Task Download_TamperedOrMissingToken_IsABare404()
    {
        await DossierSteps.PostFileAsync(_app.Client, DossierSteps.UploadLink(await _app.SayAsync(TestUser.Alice, "financement 2023"), "rib"), "rib.pdf", DossierSteps.Pdf);
        var link = DossierSteps.DownloadLinks(await _app.SayAsync(TestUser.Alice, "financement 2023"), "rib").Single();

        var tampered = await _app.Client.GetAsync(link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..]);
        var bare = await _app.Client.GetAsync(link[..link.IndexOf('?', StringComparison.Ordinal)]);

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bare.StatusCode);
    }
}
