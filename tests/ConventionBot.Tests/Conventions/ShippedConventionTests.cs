using ConventionBot.Conventions;

namespace ConventionBot.Tests.Conventions;

/// <summary>Pins the shipped 2022-2024 definition to the convention's text (seed 001), as the bot shows it: with French typography (curly apostrophes).</summary>
public sealed class ShippedConventionTests
{
    private readonly ConventionDefinition _convention = TestDefinitions.Shipped();

    [Fact]
    public void Load_ShippedFolder_HasTheTwoPartiesWithTheirRoles()
    {
        // Act
        var parties = _convention.Parties;

        // Assert
        Assert.Equal(["metropole", "arhlm"], parties.Select(p => p.Id));
        Assert.Equal("Métropole Aix-Marseille-Provence", parties[0].Name);
        Assert.Equal(PartyRole.Funder, parties[0].Role);
        Assert.Equal("Association Régionale des Organismes Hlm des régions Provence-Alpes-Côte d’Azur et Corse", parties[1].Name);
        Assert.Equal("AR Hlm PACA & Corse", parties[1].ShortName);
        Assert.Equal(PartyRole.Beneficiary, parties[1].Role);
        Assert.Contains("Pascal FRIQUET", parties[1].Representative, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedFolder_CoversThreeYearsFrom2022()
    {
        // Assert
        Assert.Equal("amp-arhlm-2022-2024", _convention.Id);
        Assert.Equal(new DateOnly(2022, 1, 1), _convention.StartDate);
        Assert.Equal(new DateOnly(2024, 12, 31), _convention.EndDate);
        Assert.Equal([2022, 2023, 2024], _convention.Years);
    }

    [Fact]
    public void Load_ShippedFolder_HasTheThreeAxes()
    {
        // Assert
        Assert.Equal([1, 2, 3], _convention.Axes.Select(a => a.Number));
        Assert.Equal(
            "L’élaboration et la mise en œuvre des orientations et des documents cadre métropolitains en matière de politique de l’Habitat",
            _convention.Axes[0].Title);
        Assert.Equal("Les interventions visant l’accès et le maintien au logement de publics spécifiques", _convention.Axes[1].Title);
        Assert.Equal(
            "L’intervention dans les quartiers politiques de la Ville et les secteurs en renouvellement urbain",
            _convention.Axes[2].Title);
    }

    [Theory]
    [InlineData(1, "PLH métropolitain", 1, 2, "fond d’innovation métropolitain pour l’habitat")]
    [InlineData(2, "Programmation LLS (DAP et ROLLS)", 1, 3, "programmation croisée DAP & ROLLS")]
    [InlineData(3, "Réforme de la demande et des attributions", 1, 2, "- la nouvelle politique des loyers")]
    [InlineData(4, "Accès et maintien au logement de publics spécifiques", 2, 6, "Commission métropolitaine d’accessibilité")]
    [InlineData(5, "NPNRU métropolitain", 3, 1, "Co-pilotage des travaux du club NPNRU")]
    [InlineData(6, "PPA Marseille-Horizons", 3, 1, "- des dispositifs de relogement des ménages.")]
    [InlineData(7, "Politique de la ville", 3, 3, "futur Contrat de Ville Métropolitain")]
    public void Load_ShippedFolder_ChantierMatchesArticles1And2(
        int number, string shortTitle, int axis, int expectedCount, string distinctiveBullet)
    {
        // Act
        var chantier = _convention.FindChantier(number);

        // Assert
        Assert.NotNull(chantier);
        Assert.Equal(shortTitle, chantier.ShortTitle);
        Assert.Equal(axis, chantier.AxisNumber);
        Assert.Equal(expectedCount, chantier.ExpectedModalities.Count);
        Assert.Contains(chantier.ExpectedModalities, m => m.Contains(distinctiveBullet, StringComparison.Ordinal));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], chantier.ModalityNumbers);
    }

    [Fact]
    public void Load_ShippedFolder_HasSevenChantiersInOrder()
    {
        // Assert
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], _convention.Chantiers.Select(c => c.Number));
        Assert.Equal(2, _convention.FindChantier(4)!.Notes.Count);
    }

    [Fact]
    public void Load_ShippedFolder_HasTheSevenModalitiesOfArticle2()
    {
        // Act
        var modalities = _convention.Modalities;

        // Assert
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], modalities.Select(m => m.Number));
        Assert.Equal("Animation du réseau", modalities[0].ShortLabel);
        Assert.StartsWith("L’animation de son réseau", modalities[0].Text, StringComparison.Ordinal);
        Assert.Contains("séminaire technique annuel", modalities[6].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedFolder_RequiresOneCopilAndTwoCotechPerYear()
    {
        // Act
        var copil = _convention.Instance("COPIL");
        var cotech = _convention.Instance("cotech");

        // Assert
        Assert.NotNull(copil);
        Assert.NotNull(cotech);
        Assert.Equal(1, copil.MinimumPerYear);
        Assert.Equal(2, cotech.MinimumPerYear);
        Assert.Equal(4, copil.Composition.Count);
        Assert.Equal("COPIL", _convention.AnnualBilan!.BeforeInstanceCode);
        Assert.Equal("arhlm", _convention.AnnualBilan.AuthorPartyId);
    }

    [Fact]
    public void Load_ShippedFolder_HasTheContributionAndItsDossier()
    {
        // Act
        var contribution = _convention.Contribution!;

        // Assert
        Assert.Equal(20_000m, contribution.AnnualAmount);
        Assert.Equal("EUR", contribution.Currency);
        Assert.Equal("metropole", contribution.PayerPartyId);
        Assert.Equal("arhlm", contribution.CallerPartyId);
        Assert.Equal(
            ["rib", "statuts", "bureau-ca", "rapport-comptes-n-1", "bilan-convention"],
            contribution.Documents.Select(d => d.Id));
        Assert.Equal("le rapport d’activité et les comptes de l’année N-1", contribution.Documents[3].Label);
        Assert.Contains("exiger le reversement", contribution.PayerRights, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedFolder_TerminationNeedsThreeMonthsNotice()
    {
        // Assert
        Assert.Equal(3, _convention.Termination!.NoticeMonths);
        Assert.Contains("courrier recommandé", _convention.Termination.Text, StringComparison.Ordinal);
    }
}
