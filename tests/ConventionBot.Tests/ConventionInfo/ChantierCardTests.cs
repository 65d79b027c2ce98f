using ConventionBot.Tests.Bilans;
using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Tests.ConventionInfo;

public sealed class ChantierCardTests
{
    [Fact]
    public async Task ChantierAsync_Npnru_ShowsAxisDescriptionExpectationsModalitiesThenSections()
    {
        // Arrange
        var meetings = new FakeReport(10, "réunions");
        var bilans = new FakeReport(20, "bilans");
        var bed = new InfoTestBed(InfoTestBed.LateIn2026, null, bilans, meetings);
        var npnru = bed.Shipped.FindChantier(5)!;

        // Act
        var json = InfoTestBed.Json(await bed.Views.ChantierAsync(bed.Shipped, npnru, Language.French, CancellationToken.None));

        // Assert
        string[] inOrder =
        [
            "Chantier 5 · NPNRU métropolitain",
            "**Axe 3** · L’intervention dans les quartiers politiques de la Ville",
            "Convention terminée le mardi 31 décembre 2024\u202F; ses dossiers restent ouverts.",
            "La mise en œuvre du projet NPNRU métropolitain, en articulation",
            "Ce qui est attendu",
            "Co-pilotage des travaux du club NPNRU",
            "Modalités d’intervention",
            "**Animation du réseau** — L’animation de son réseau",
            "**Événements partenariaux**",
            meetings.ChantierText(5),
            bilans.ChantierText(5),
        ];
        var texts = CardJson.Texts(json);
        var positions = inOrder.Select(text => texts.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0), string.Join(" | ", inOrder.Where((_, i) => positions[i] < 0)));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task ChantierAsync_SubBullets_BecomeAListUnderTheirBullet()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var json = InfoTestBed.Json(await bed.Views.ChantierAsync(bed.Shipped, bed.Shipped.FindChantier(6)!, Language.French, CancellationToken.None));

        // Assert
        Assert.Contains("\"text\":\"Appui à la mise en place\\u00A0:\"", json, StringComparison.Ordinal); // no-break space, escaped in JSON
        Assert.Contains("- d’une stratégie d’opérations de réhabilitation/recyclage par groupe d’immeuble.\\r- des dispositifs de relogement des ménages.", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, new[] { "Chantier 2 ▶" }, new[] { "◀ Chantier" })]
    [InlineData(4, new[] { "◀ Chantier 3", "Chantier 5 ▶" }, new string[0])]
    [InlineData(7, new[] { "◀ Chantier 6" }, new[] { "▶" })]
    public async Task ChantierAsync_Navigation_LinksToNeighboursListAndConvention(int number, string[] present, string[] absent)
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var json = InfoTestBed.Json(await bed.Views.ChantierAsync(bed.Shipped, bed.Shipped.FindChantier(number)!, Language.French, CancellationToken.None));

        // Assert
        Assert.All(present, text => Assert.Contains(text, CardJson.Texts(json), StringComparison.Ordinal));
        Assert.All(absent, text => Assert.DoesNotContain(text, json, StringComparison.Ordinal));
        Assert.Contains("\"title\":\"Tous les chantiers\"", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"La convention\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChantierAsync_AmbiguousQuery_ListsOnlyTheCandidatesAndSaysWhy()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var json = InfoTestBed.Json(await bed.Views.ChantierAsync(bed.Shipped, "mise en oeuvre", Language.French, CancellationToken.None));

        // Assert
        Assert.Contains("«\u00A0mise en oeuvre\u00A0» correspond à plusieurs chantiers", CardJson.Texts(json), StringComparison.Ordinal);
        Assert.Contains("NPNRU métropolitain", json, StringComparison.Ordinal);
        Assert.DoesNotContain("PLH métropolitain", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChantierAsync_UnknownQuery_ListsAllChantiersAndSaysWhy()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var json = InfoTestBed.Json(await bed.Views.ChantierAsync(bed.Shipped, "9", Language.English, CancellationToken.None));

        // Assert
        Assert.Contains("I cannot find a workstream “9” in “Convention Métropole – AR Hlm 2022-2024”, which has 7: pick one.", json, StringComparison.Ordinal);
        Assert.Contains("PLH métropolitain", json, StringComparison.Ordinal);
        Assert.Contains("Politique de la ville", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ChantierListCard_AllChantiers_OneButtonEachUnderItsAxis()
    {
        // Arrange
        var bed = new InfoTestBed(InfoTestBed.LateIn2026);

        // Act
        var json = InfoTestBed.Json(ConventionBot.ConventionInfo.ChantierListCard.Build(bed.Shipped, Language.French));

        // Assert
        Assert.Equal(7, json.Split("\"verb\":\"convention.chantier\",\"data\"").Length - 1);
        var axis2 = json.IndexOf("**Axe 2**", StringComparison.Ordinal);
        var chantier4 = json.IndexOf("**4** · Accès et maintien", StringComparison.Ordinal);
        var axis3 = json.IndexOf("**Axe 3**", StringComparison.Ordinal);
        Assert.True(axis2 < chantier4 && chantier4 < axis3, json);
    }
}
