using System.Collections.Concurrent;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConventionBot.Tests.Funding;

/// <summary>
/// A dossier file sent in the personal chat through <c>/api/messages</c>, as Teams attaches it (a download URL, here a
/// real loopback server standing for OneDrive), against Azurite's tables and blobs: stored and ticked when the message
/// names the item and year; otherwise a French answer, nothing stored and, when it cannot be right, nothing fetched.
/// </summary>
public sealed class DossierChatFileTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _fetched = new();
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal)
    {
        ["rib.pdf"] = DossierSteps.Pdf,
        ["faux.pdf"] = DossierSteps.Png,
    };

    private WebApplication _oneDrive = null!;
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _oneDrive = builder.Build();
        _oneDrive.MapGet("/files/{name}", (string name) =>
        {
            _fetched.Enqueue(name);
            return _files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound();
        });
        await _oneDrive.StartAsync();
        _app = await BilanApp.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _oneDrive.DisposeAsync();
    }

    [Fact]
    public async Task FileWithItemAndYear_IsStoredTickedAndShownOnTheCard()
    {
        var answer = CardJson.Shown(await _app.SayAsync(TestUser.Alice, "rib 2023", [File("rib.pdf")]));

        Assert.StartsWith("Le fichier «\u00A0rib.pdf\u00A0»", answer, StringComparison.Ordinal);
        Assert.Contains("pièce «\u00A0un RIB\u00A0» de la contribution 2023", answer, StringComparison.Ordinal);
        Assert.Equal((1, 1), await DossierSteps.StoredAsync(_app.TablePrefix));
        var card = await _app.SayAsync(TestUser.Alice, "financement 2023");
        Assert.Contains("rib.pdf", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.Equal(DossierSteps.Pdf, await _app.Client.GetByteArrayAsync(Assert.Single(DossierSteps.DownloadLinks(card, "rib"))));
    }

    [Theory]
    [InlineData("voici le fichier", "Pour quelle pièce et quelle année")]
    [InlineData("rib", "Pour quelle pièce et quelle année")]
    [InlineData("rib 2031", "Pour quelle pièce et quelle année")]
    public async Task FileWithoutItemOrYear_AsksWhichAndFetchesNothing(string text, string expected)
    {
        var answer = CardJson.Shown(await _app.SayAsync(TestUser.Alice, text, [File("rib.pdf")]));

        Assert.StartsWith(expected, answer, StringComparison.Ordinal);
        Assert.Contains("rib (un RIB)", answer, StringComparison.Ordinal);
        Assert.Empty(_fetched);
        Assert.Equal((0, 0), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    [Fact]
    public async Task FileWhoseContentIsNotItsType_IsRefusedAndNothingStored()
    {
        var answer = CardJson.Shown(await _app.SayAsync(TestUser.Alice, "rib 2023", [File("faux.pdf")]));

        Assert.StartsWith("Ce type de fichier n’est pas accepté", answer, StringComparison.Ordinal);
        Assert.Equal((0, 0), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    [Fact]
    public async Task FileOutsideTeamsStorage_IsNeverFetched()
    {
        var answer = CardJson.Shown(await _app.SayAsync(TestUser.Alice, "rib 2023",
            [File("rib.pdf", new Uri("https://attacker.example/files/rib.pdf"))]));

        Assert.StartsWith("Ce fichier ne vient pas de l’espace de stockage de Teams", answer, StringComparison.Ordinal);
        Assert.Equal((0, 0), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    [Fact]
    public async Task FileInAGroupChat_IsRefusedAndNothingFetched()
    {
        var answer = CardJson.Shown(await _app.SayAsync(
            TestUser.Alice with { ConversationId = "19:group@thread.v2", ConversationType = "groupChat" }, "rib 2023", [File("rib.pdf")]));

        Assert.StartsWith("Je ne reçois les fichiers qu’en conversation privée", answer, StringComparison.Ordinal);
        Assert.Empty(_fetched);
        Assert.Equal((0, 0), await DossierSteps.StoredAsync(_app.TablePrefix));
    }

    private Attachment File(string name, Uri? url = null) => new()
    {
        ContentType = "application/vnd.microsoft.teams.file.download.info",
        Name = name,
        Content = JsonSerializer.SerializeToElement(new { downloadUrl = (url ?? new Uri($"{_oneDrive.Urls.Single()}/files/{name}")).AbsoluteUri, uniqueId = Guid.NewGuid(), fileType = "pdf" }),
    };
}
