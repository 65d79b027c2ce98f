using System.Text;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Funding;
using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Funding;

public sealed class DossierCardsTests
{
    [Fact]
    public async Task EveryDossierCard_BothLanguagesWithVersionsAndRejections_PassesTheOfficialParserAndFitsTeams()
    {
        // Arrange
        var cards = new Dictionary<string, string>();
        foreach (var language in Enum.GetValues<Language>())
        {
            foreach (var (name, card) in Cards(language))
            {
                cards[$"{name}-{language}"] = AdaptiveCardJson.Serialize(card);
            }
        }

        // Act
        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        // Assert
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Equal(2 * 3, cards.Count);
        Assert.All(cards.Values, json => CardSizeGuard.EnsureFits(Encoding.UTF8.GetBytes(json)));
    }

    private static IEnumerable<(string, AdaptiveCard)> Cards(Language l)
    {
        var convention = BilanSamples.Convention;
        var terms = convention.Contribution!;
        var record = FundingRecord.New(convention.Id, 2023) with { DocumentsReceived = [.. terms.Documents.Select(d => d.Id)], ETag = "W/\"e\"" };
        // The worst case: every item with three versions of the longest names, the newest rejected, links as long as signed ones.
        var files = terms.Documents.SelectMany(d => Enumerable.Range(1, 3).Select(v => new DossierFile(
            convention.Id, 2023, d.Id, $"20230{v}10T101010000-{d.Id}", new string('n', 196) + ".pdf", 19_000_000, "application/pdf", "Alice Hlm", "bbbbbbbb", BilanSamples.Now, "W/\"f\"")
        {
            Rejection = v == 3 ? new DossierRejection(new string('r', 500), "Claire Métropole", "aaaaaaaa", BilanSamples.Now) : null,
        })).ToList();
        // As long as signed links: Data Protection payloads of about 200 (upload) and 110 (download) characters.
        var upload = new Uri("https://conventionbot.azurewebsites.net/dossiers/amp-arhlm-2022-2024/2023/rapport-comptes-n-1/depot?t=" + new string('t', 400));
        var download = new Uri("https://conventionbot.azurewebsites.net/dossiers/amp-arhlm-2022-2024/2023/rapport-comptes-n-1/fichiers/20230110T101010000-abcdef01?t=" + new string('t', 260));
        var dossier = new DossierView(files, terms.Documents.ToDictionary(d => d.Id, _ => upload), files.ToDictionary(f => f.UploadId, _ => download), BilanSamples.Now);
        FundingView View(bool admin) => new(
            convention, terms, new FundingYear(record, BilanSamples.Year()), new FundingOptions(), FundingForm.ValuesOf(record), new DateOnly(2026, 11, 20), admin, l)
        {
            Dossier = dossier,
        };
        yield return ("dossier-admin", FundingCard.Build(View(admin: true)));
        yield return ("dossier-reader", FundingCard.Build(View(admin: false)));
        yield return ("dossier-rejected", DossierRejectionRenderer.Card(convention, terms.Documents[0], files[2], files[2].Rejection!, l));
    }
}
