using ConventionBot.Conventions;

namespace ConventionBot.Tests.Conventions;

/// <summary>Each validation rule, reported with the file, the path inside it and the problem.</summary>
public sealed class ConventionDefinitionValidationTests
{
    [Theory]
    [InlineData("title: Convention de test\n", "", "title", "is required")]
    [InlineData("    shortTitle: Second chantier\n", "", "items[1].shortTitle", "is required")]
    [InlineData("title: Convention de test", "title: ", "title", "is required")]
    [InlineData("title: Convention de test", "title: \"\"", "title", "must not be empty")]
    [InlineData("title: Convention de test", "title: [a, b]", "title", "expected a single value")]
    [InlineData("title: Convention de test", "titel: Convention de test", "titel", "unknown field 'titel'")]
    [InlineData("    group: 2\n", "    group: 2\n    gruop: 2\n", "items[1].gruop", "unknown field 'gruop'")]
    [InlineData("  currency: EUR", "  curency: EUR", "contribution.curency", "unknown field 'curency'")]
    [InlineData("startDate: 2030-01-01", "startDate: 2030-13-01", "startDate", "'2030-13-01' is not a date")]
    [InlineData("endDate: 2031-12-31", "endDate: 2029-12-31", "endDate", "2029-12-31 is before startDate 2030-01-01")]
    [InlineData("  noticeMonths: 3", "  noticeMonths: trois", "termination.noticeMonths", "'trois' is not a whole number")]
    [InlineData("    role: funder", "    role: payeur", "parties[0].role", "'payeur' is not one of: funder, beneficiary")]
    [InlineData("composition: [Les présidents]", "composition: Les présidents", "governance.instances[0].composition", "expected a non-empty list")]
    [InlineData("governance:\n  instances:", "governance:\n  - instances:", "governance", "expected a set of fields")]
    [InlineData("  - number: 2\n    title: Axe deux", "  - number: 1\n    title: Axe deux", "groups[1].number", "number '1' is used twice in groups")]
    [InlineData("  - number: 2\n    shortTitle", "  - number: 1\n    shortTitle", "items[1].number", "number '1' is used twice in items")]
    [InlineData("  - number: 2\n    shortLabel", "  - number: 0\n    shortLabel", "modalities[1].number", "0 must be 1 or more")]
    [InlineData("  - id: receveur", "  - id: payeur", "parties[1].id", "id 'payeur' is used twice in parties")]
    [InlineData("    group: 2\n", "    group: 9\n", "items[1].group", "group 9 is not defined in groups")]
    [InlineData("modalityNumbers: [1]", "modalityNumbers: [1, 8]", "items[1].modalityNumbers[1]", "modality 8 is not defined in modalities")]
    [InlineData("minimumPerYear: 1", "minimumPerYear: -1", "governance.instances[0].minimumPerYear", "-1 must be 0 or more")]
    [InlineData("annualAmount: 1000", "annualAmount: 0", "contribution.annualAmount", "0 must be greater than 0")]
    [InlineData("caller: receveur", "caller: inconnu", "contribution.caller", "party 'inconnu' is not defined in parties")]
    [InlineData("  author: receveur", "  author: inconnu", "annualBilan.author", "party 'inconnu' is not defined in parties")]
    [InlineData("beforeInstance: COPIL", "beforeInstance: COTECH", "annualBilan.beforeInstance", "instance 'COTECH' is not defined")]
    [InlineData("      label: un RIB", "      label: un RIB\n    - id: rib\n      label: encore", "contribution.documents[1].id", "id 'rib' is used twice")]
    [InlineData("noticeMonths: 3", "noticeMonths: -3", "termination.noticeMonths", "-3 must be 0 or more")]
    [InlineData("id: test-2030", "id: Test 2030", "id", "'Test 2030' must be lower-case letters")]
    [InlineData("    description: Second.\n", "    description: Second.\n    indicators:\n      - id: logements\n        name: Logements\n      - id: logements\n        name: Encore\n", "items[1].indicators[1].id", "id 'logements' is used twice")]
    [InlineData("    description: Second.\n", "    description: Second.\n    indicators:\n      - id: avis\n        name: Avis\n        kind: text\n        target: 3\n", "items[1].indicators[0].target", "a text indicator cannot have a target")]
    [InlineData("    description: Second.\n", "    description: Second.\n    indicators:\n      - id: part\n        name: Part\n        kind: pourcentage\n", "items[1].indicators[0].kind", "'pourcentage' is not one of: integer, decimal, text")]
    [InlineData("    description: Second.\n", "    description: Second.\n    indicators:\n      - id: 2-logements\n        name: Logements\n", "items[1].indicators[0].id", "'2-logements' must start with a letter")]
    [InlineData("    description: Second.\n", "    description: Second.\n    indicators:\n      - id: lls\n        name: LLS\n        target: -200\n", "items[1].indicators[0].target", "-200 must be greater than 0")]
    [InlineData("id: test-2030\n", "id: test-2030\nlevels:\n  group: { singular: orientation, plural: orientations }\n  item: { singular: action, plural: actions, english: action, englishPlural: actions }\n", "levels.group.english", "is required")]
    public void LoadFolder_BrokenRule_NamesFilePathAndProblem(string original, string replacement, string path, string problem)
    {
        // Arrange
        using var folder = new DefinitionFolder().With("broken.yaml", TestDefinitions.MinimalWith(original, replacement));

        // Act
        var exception = Assert.Throws<ConventionDefinitionException>(() => ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert: a broken rule may have knock-on effects elsewhere, never twice at its own path.
        var reported = Assert.Single(exception.Problems, p => p.Path == path);
        Assert.Equal("broken.yaml", reported.File);
        Assert.NotNull(reported.Line);
        Assert.Contains($"broken.yaml:{reported.Line}: {path}: {problem}", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, reported.Message, StringComparison.Ordinal);
        Assert.Contains("broken.yaml", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"{path}: {problem}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_UnknownField_ReportsItsLine()
    {
        // Arrange
        var yaml = TestDefinitions.MinimalWith("title: Convention de test", "titel: Convention de test");
        using var folder = new DefinitionFolder().With("typo.yaml", yaml);

        // Act
        var exception = Assert.Throws<ConventionDefinitionException>(() => ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        Assert.Equal(2, Assert.Single(exception.Problems, p => p.Path == "titel").Line);
        Assert.Contains("typo.yaml:2: titel: unknown field 'titel'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_ProblemsInSeveralFiles_ListsThemAllInOneException()
    {
        // Arrange
        using var folder = new DefinitionFolder()
            .With("a.yaml", TestDefinitions.MinimalWith("    group: 2\n", "    group: 9\n").Replace("annualAmount: 1000", "annualAmount: -5", StringComparison.Ordinal))
            .With("b.yaml", TestDefinitions.MinimalWith("id: test-2030", "id: autre-2030").Replace("role: funder", "role: x", StringComparison.Ordinal));

        // Act
        var exception = Assert.Throws<ConventionDefinitionException>(() => ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        Assert.Equal(
            ["a.yaml items[1].group", "a.yaml contribution.annualAmount", "b.yaml parties[0].role"],
            exception.Problems.Select(p => $"{p.File} {p.Path}"));
    }

    [Fact]
    public void LoadFolder_SameIdInTwoFiles_ReportsTheSecondFile()
    {
        // Arrange
        using var folder = new DefinitionFolder()
            .With("a.yaml", TestDefinitions.Minimal)
            .With("b.yml", TestDefinitions.Minimal);

        // Act
        var exception = Assert.Throws<ConventionDefinitionException>(() => ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        Assert.Contains("b.yml:1: id: id 'test-2030' is already used by a.yaml", exception.Message, StringComparison.Ordinal);
    }
}
