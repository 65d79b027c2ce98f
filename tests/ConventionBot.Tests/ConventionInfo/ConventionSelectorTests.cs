using ConventionBot.ConventionInfo;

namespace ConventionBot.Tests.ConventionInfo;

public sealed class ConventionSelectorTests
{
    private readonly InfoTestBed _bed = new(InfoTestBed.LateIn2026, [Conventions.TestDefinitions.Shipped(), InfoTestBed.Minimal()]);

    [Theory]
    [InlineData("", "amp-arhlm-2022-2024")]
    [InlineData("  ", "amp-arhlm-2022-2024")]
    [InlineData("2030-2031", "test-2030")]
    [InlineData("2022 – 2024", "amp-arhlm-2022-2024")]
    [InlineData("2023", "amp-arhlm-2022-2024")]
    [InlineData("2031", "test-2030")]
    [InlineData("TEST-2030", "test-2030")]
    public void Select_IdYearsOrYear_FindsTheConvention(string text, string expectedId)
    {
        // Act
        var convention = ConventionSelector.Select(_bed.Catalog, text);

        // Assert
        Assert.Equal(expectedId, convention?.Id);
    }

    [Theory]
    [InlineData("2019-2021")]
    [InlineData("2027")]
    [InlineData("npnru")]
    public void Select_NothingMatches_Null(string text)
    {
        // Act
        var convention = ConventionSelector.Select(_bed.Catalog, text);

        // Assert
        Assert.Null(convention);
    }
}
