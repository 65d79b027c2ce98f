using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Tests.Conventions;

/// <summary>
/// Pins the shipped PLH d'Arras 2014-2020 definition to its source (seed 004, the Communauté Urbaine d'Arras'
/// « programme d'actions thématiques »), as the bot reads it: with French typography (curly apostrophes,
/// no-break spaces before a colon and inside « »).
/// </summary>
public sealed class PlhDefinitionTests
{
    private const char Nbsp = '\u00a0';

    private readonly ConventionDefinition _plh =
        ConventionDefinitionLoader.LoadFolder(TestDefinitions.ShippedFolder).Single(d => d.Id == "cua-arras-plh-2014-2020");

    [Fact]
    public void Load_ShippedFolder_CoversThePlhYears2014To2020()
    {
        // Assert
        Assert.Equal("PLH d’Arras 2014-2020", _plh.ShortTitle);
        Assert.Contains("programme d’actions thématiques", _plh.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2014, 1, 1), _plh.StartDate);
        Assert.Equal(new DateOnly(2020, 12, 31), _plh.EndDate);
        Assert.Equal([2014, 2015, 2016, 2017, 2018, 2019, 2020], _plh.Years);
    }

    [Fact]
    public void Load_ShippedFolder_NamesItsLevelsOrientationsAndActions()
    {
        // Act
        var levels = _plh.Levels;

        // Assert
        Assert.Equal(new LevelWord("orientation", "orientations", Feminine: true, "orientation", "orientations"), levels.Group);
        Assert.Equal(new LevelWord("action", "actions", Feminine: true, "action", "actions"), levels.Item);
        Assert.Equal("l’action", levels.Item.The(Language.French));
        Assert.Equal("Action 12", levels.Item.Numbered(12, Language.French));
    }

    [Fact]
    public void Load_ShippedFolder_TheCommunauteUrbaineIsTheOnlyParty()
    {
        // Act
        var party = Assert.Single(_plh.Parties);

        // Assert
        Assert.Equal("cua", party.Id);
        Assert.Equal("Communauté Urbaine d’Arras", party.Name);
        Assert.Equal("CUA", party.ShortName);
        Assert.Equal(PartyRole.Pilot, party.Role);
    }

    [Fact]
    public void Load_ShippedFolder_HasFiveOrientationsAndThePilotageGroup()
    {
        // Assert
        Assert.Equal([1, 2, 3, 4, 5, 6], _plh.Axes.Select(a => a.Number));
        Assert.Equal("viser la production de 550 logements neufs par an", _plh.Axes[0].Title);
        Assert.Equal("développer des offres neuves financièrement abordables, de qualité et innovantes", _plh.Axes[1].Title);
        Assert.Equal(
            "poursuivre les interventions sur le parc de logements existants (social et privé) pour maintenir/améliorer son attractivité",
            _plh.Axes[2].Title);
        Assert.Equal("rééquilibrer le peuplement aux différentes échelles territoriales", _plh.Axes[3].Title);
        Assert.Equal($"répondre aux besoins «{Nbsp}spécifiques{Nbsp}» de certains publics", _plh.Axes[4].Title);
        Assert.All(_plh.Axes.Take(5), a => Assert.Null(a.Heading));
        Assert.Equal("Le dispositif de pilotage, d’animation et de mise en œuvre du PLH", _plh.Axes[5].Title);
        Assert.Equal("Pilotage et animation", _plh.AxisName(_plh.Axes[5], Language.French));
        Assert.Equal("Orientation 1", _plh.AxisName(_plh.Axes[0], Language.French));
    }

    [Fact]
    public void Load_ShippedFolder_HasSixtyActionsInTheirOrientations()
    {
        // Assert
        Assert.Equal(Enumerable.Range(1, 60), _plh.Chantiers.Select(c => c.Number));
        Assert.Equal(Enumerable.Range(1, 9), Numbers(1));
        Assert.Equal(Enumerable.Range(10, 7), Numbers(2));
        Assert.Equal(Enumerable.Range(17, 14), Numbers(3));
        Assert.Equal([31, 32], Numbers(4));
        Assert.Equal(Enumerable.Range(33, 19), Numbers(5));
        Assert.Equal(Enumerable.Range(52, 9), Numbers(6));
        Assert.All(_plh.Chantiers, c => Assert.InRange(c.ShortTitle.Length, 1, 60));
        Assert.All(_plh.Chantiers, c => Assert.DoesNotContain("(1/2)", c.Title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, "Mettre en place des outils de reporting et de pilotage permettant de suivre et de guider l’action de production foncière pour les opérations de logements neufs")]
    [InlineData(10, "Mobiliser de nouveaux outils et mettre en place une démarche de travail partenariale concertée et efficace pour être en capacité de produire 200 locatifs sociaux par an")]
    [InlineData(31, "Elaborer et mettre en œuvre une charte de peuplement communautaire")]
    [InlineData(49, "Prévenir les expulsions locatives")]
    [InlineData(59, "Miser sur l’expérimentation et l’innovation")]
    public void Load_ShippedFolder_ActionHasItsSheetTitle(int number, string title)
    {
        // Assert
        Assert.Equal(title, _plh.FindChantier(number)!.Title);
    }

    [Fact]
    public void Load_ShippedFolder_ActionSheetKeepsItsParts()
    {
        // Act
        var action1 = _plh.FindChantier(1)!;
        var action22 = _plh.FindChantier(22)!;

        // Assert
        Assert.Equal(
            $"Objectif opérationnel n°1{Nbsp}: se mettre en position de réellement piloter la production foncière, son efficacité et son efficience sur la durée du PLH",
            action1.Objective);
        Assert.Contains("- Mettre en place un système de veille active du foncier", action1.Description, StringComparison.Ordinal);
        Assert.StartsWith($"- Pilotage{Nbsp}: Direction du Logement", action1.Pilot, StringComparison.Ordinal);
        Assert.Equal(["Communes membres (services urbanisme)", "EPF Nord Pas de Calais"], action1.Partners);
        Assert.Equal("Communauté Urbaine d’Arras", action1.Territory);
        Assert.Contains("Fondation Abbé Pierre", action22.Partners);
        Assert.Null(action22.Territory);
        Assert.Null(_plh.FindChantier(55)!.Objective);
        Assert.Single(_plh.FindChantier(16)!.Notes);
    }

    [Theory]
    [InlineData(10, "850 000 € par an (engagement annuel)")]
    [InlineData(11, "300 000 € par an (engagement annuel)")]
    [InlineData(59, "100 000 € par an")]
    public void Load_ShippedFolder_ActionHasItsBudget(int number, string excerpt)
    {
        // Assert
        Assert.Contains(excerpt, _plh.FindChantier(number)!.Budget, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, "lls-finances", "Nombre de logements locatifs sociaux financés", "logements", IndicatorKind.Integer, 200)]
    [InlineData(13, "accession-aidee-neuf", "Nombre de logements en accession «\u00a0aidée\u00a0» produits dans le neuf", "logements", IndicatorKind.Integer, 140)]
    [InlineData(14, "accession-aidee-ancien", "Nombre de ménages accompagnés dans le cadre du dispositif communautaire pour une accession dans l’ancien", "ménages", IndicatorKind.Integer, 30)]
    [InlineData(1, "gisements-utilises", "Part de gisements fonciers utilisés", "%", IndicatorKind.Decimal, null)]
    [InlineData(1, "intensite-echanges", "Intensité des échanges entre les services habitat et DUOF de la CUA (ainsi que le service déplacements et le syndicat mixte du SCOT)", null, IndicatorKind.Text, null)]
    public void Load_ShippedFolder_ActionHasItsIndicator(int number, string id, string name, string? unit, IndicatorKind kind, int? target)
    {
        // Act
        var indicator = _plh.FindChantier(number)!.Indicator(id);

        // Assert
        Assert.NotNull(indicator);
        Assert.Equal(name, indicator.Name);
        Assert.Equal(unit, indicator.Unit);
        Assert.Equal(kind, indicator.Kind);
        Assert.Equal(target, indicator.Target is { } t ? (int)t : null);
    }

    [Fact]
    public void Load_ShippedFolder_TargetsAreTheYearlyFiguresOfThePlh()
    {
        // Act
        var targets = _plh.Chantiers
            .SelectMany(c => c.Indicators.Where(i => i.Target is not null).Select(i => (c.Number, i.Id, Target: (int)i.Target!.Value)))
            .ToList();

        // Assert
        Assert.Equal(15, targets.Count);
        Assert.Contains((1, "logements-neufs-produits", 550), targets);
        Assert.Contains((11, "plai-finances", 60), targets);
        Assert.Contains((15, "lls-vendus", 30), targets);
        Assert.Equal("200 logements locatifs sociaux par an", _plh.FindChantier(10)!.Indicator("lls-finances")!.TargetText);
        Assert.Equal(169, _plh.Chantiers.Sum(c => c.Indicators.Count));
        Assert.All(_plh.Chantiers, c => Assert.Equal(c.Indicators.Count, c.Indicators.Select(i => i.Id).Distinct().Count()));
    }

    [Fact]
    public void Load_ShippedFolder_ActionsMeasuringTheSameThingShareTheIndicator()
    {
        // Act
        var action1 = _plh.FindChantier(1)!.Indicator("logements-neufs-produits")!;
        var action54 = _plh.FindChantier(54)!.Indicator("logements-neufs-produits")!;
        var vacants = _plh.Chantiers.Where(c => c.Indicator("logements-vacants-remis") is not null)
            .Select(c => (c.Number, c.Indicator("logements-vacants-remis")!.Target));

        // Assert
        Assert.Equal(action1.Name, action54.Name);
        Assert.Null(action54.Target);
        Assert.Equal([(26, 15m), (27, 12m)], vacants.Select(v => (v.Number, v.Target!.Value)));
    }

    [Fact]
    public void Load_ShippedFolder_ThreePlhInstancesMeetOncePerYear()
    {
        // Act
        var instances = _plh.Governance.Instances;

        // Assert
        Assert.Equal(["COPIL", "COTECH", "COPART"], instances.Select(i => i.Code));
        Assert.All(instances, i => Assert.Equal(1, i.MinimumPerYear));
        Assert.Contains("vice-Présidents", Assert.Single(_plh.Instance("COPIL")!.Composition), StringComparison.Ordinal);
        Assert.Contains("le bilan de l’année", _plh.Instance("cotech")!.Purpose, StringComparison.Ordinal);
        Assert.Equal("cua", _plh.AnnualBilan!.AuthorPartyId);
        Assert.Equal("COPIL", _plh.AnnualBilan.BeforeInstanceCode);
        Assert.Contains("réunir une fois par an trois types d’instances", _plh.AnnualBilan.Text, StringComparison.Ordinal);
        Assert.Null(_plh.Contribution);
        Assert.Null(_plh.Termination);
        Assert.Empty(_plh.Modalities);
    }

    private IEnumerable<int> Numbers(int group) => _plh.Chantiers.Where(c => c.AxisNumber == group).Select(c => c.Number);
}
