using ConventionBot.ConventionInfo;
using ConventionBot.Conventions;
using ConventionBot.Tests.Conventions;

namespace ConventionBot.Tests.ConventionInfo;

public sealed class ChantierQueryTests
{
    private readonly ConventionDefinition _shipped = TestDefinitions.Shipped();

    [Theory]
    [InlineData("5", 5)]
    [InlineData(" 5 ", 5)]
    [InlineData("n° 5", 5)]
    [InlineData("#5", 5)]
    [InlineData("NPNRU", 5)]
    [InlineData("Marseille-Horizons", 6)]
    [InlineData("réforme", 3)]
    public void Candidates_DesignatesOneChantier_ReturnsIt(string query, int expected)
    {
        // Act
        var candidates = ChantierQuery.Candidates(_shipped, query);

        // Assert
        Assert.Equal(expected, Assert.Single(candidates).Number);
    }

    [Fact]
    public void Candidates_WordInSeveralTitles_ReturnsThemAll()
    {
        // Act
        var candidates = ChantierQuery.Candidates(_shipped, "mise en œuvre");

        // Assert
        Assert.Equal([2, 5, 6], candidates.Select(c => c.Number));
    }

    [Theory]
    [InlineData("9")]
    [InlineData("piscine")]
    [InlineData("!!")]
    public void Candidates_NothingMatches_Empty(string query)
    {
        // Act
        var candidates = ChantierQuery.Candidates(_shipped, query);

        // Assert
        Assert.Empty(candidates);
    }
}
