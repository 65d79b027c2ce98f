using ConventionBot.Conventions;

namespace ConventionBot.Tests.Conventions;

public sealed class ConventionDefinitionTests
{
    private readonly ConventionDefinition _convention = TestDefinitions.Shipped();

    [Theory]
    [InlineData("npnru", 5)]
    [InlineData("NPNRU", 5)]
    [InlineData("ppa", 6)]
    [InlineData("Marseille-Horizons", 6)]
    [InlineData("attributions", 3)]
    [InlineData("Réforme", 3)]
    [InlineData("REFORME", 3)]
    [InlineData("réforme demande", 3)]
    [InlineData("plh", 1)]
    [InlineData("ROLLS", 2)]
    [InlineData("spécifiques", 4)]
    [InlineData("ville", 7)]
    [InlineData(" 5 ", 5)]
    [InlineData("7", 7)]
    public void FindChantier_WordOfTitle_ReturnsThatChantier(string query, int expected)
    {
        // Act
        var chantier = _convention.FindChantier(query);

        // Assert
        Assert.Equal(expected, chantier?.Number);
    }

    [Fact]
    public void FindChantier_WordOnlyInFullTitle_FallsBackToFullTitles()
    {
        // Act: "aménagement" is in no short title, only in chantier 6's full title.
        var chantier = _convention.FindChantier("amenagement");

        // Assert
        Assert.Equal(6, chantier?.Number);
    }

    [Theory]
    [InlineData("metropolitain")]
    [InlineData("inconnu")]
    [InlineData("")]
    [InlineData("8")]
    [InlineData("npn")]
    public void FindChantier_AmbiguousOrUnknown_ReturnsNull(string query)
    {
        // Act
        var chantier = _convention.FindChantier(query);

        // Assert
        Assert.Null(chantier);
    }

    [Fact]
    public void FindChantier_Number_ReturnsThatChantierOrNull()
    {
        // Assert
        Assert.Equal("PLH métropolitain", _convention.FindChantier(1)?.ShortTitle);
        Assert.Null(_convention.FindChantier(0));
    }

    [Theory]
    [InlineData("2021-12-31", false, false)]
    [InlineData("2022-01-01", true, false)]
    [InlineData("2023-06-15", true, false)]
    [InlineData("2024-12-31", true, false)]
    [InlineData("2025-01-01", false, true)]
    public void IsActiveOn_AroundTheBoundaries_FollowsTheInclusiveDates(string date, bool active, bool ended)
    {
        // Arrange
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        // Act & Assert
        Assert.Equal(active, _convention.IsActiveOn(day));
        Assert.Equal(ended, _convention.HasEndedBy(day));
    }

    [Fact]
    public void Instance_UnknownCode_ReturnsNull()
    {
        // Assert
        Assert.Null(_convention.Instance("CLUB"));
    }
}
