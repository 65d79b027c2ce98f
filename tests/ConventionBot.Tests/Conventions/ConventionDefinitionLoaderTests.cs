using ConventionBot.Conventions;

namespace ConventionBot.Tests.Conventions;

public sealed class ConventionDefinitionLoaderTests
{
    [Fact]
    public void LoadFolder_MinimalDefinition_ReadsEveryField()
    {
        // Arrange
        using var folder = new DefinitionFolder().With("test.yaml", TestDefinitions.Minimal);

        // Act
        var definition = Assert.Single(ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        Assert.Equal("test-2030", definition.Id);
        Assert.Equal([1, 2], definition.FindChantier(1)!.ModalityNumbers);
        Assert.Equal([1], definition.FindChantier(2)!.ModalityNumbers);
        Assert.Empty(definition.FindChantier(2)!.ExpectedModalities);
        Assert.Equal(1000m, definition.Contribution!.AnnualAmount);
    }

    [Fact]
    public void LoadFolder_OptionalSectionsAbsent_LeavesThemNull()
    {
        // Arrange
        var yaml = TestDefinitions.Minimal[..TestDefinitions.Minimal.IndexOf("annualBilan:", StringComparison.Ordinal)];
        using var folder = new DefinitionFolder().With("test.yml", yaml);

        // Act
        var definition = Assert.Single(ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        Assert.Null(definition.AnnualBilan);
        Assert.Null(definition.Contribution);
        Assert.Null(definition.Termination);
    }

    [Fact]
    public void LoadFolder_JsonFile_LoadsLikeYaml()
    {
        // Arrange
        var data = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<object>(TestDefinitions.Minimal);
        var json = new YamlDotNet.Serialization.SerializerBuilder().JsonCompatible().Build().Serialize(data);
        using var folder = new DefinitionFolder().With("test.json", json);

        // Act
        var definition = Assert.Single(ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        Assert.StartsWith("{", json, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2031, 12, 31), definition.EndDate);
        Assert.Equal(2, definition.Chantiers.Count);
    }

    [Theory]
    [InlineData("title: Convention de test", "title: [Convention de test", 2)]
    [InlineData("startDate: 2030-01-01", "startDate: \"2030-01-01", 3)]
    [InlineData("endDate: 2031-12-31", "endDate: 2031-12-31\n endDate: 2031-12-31", 5)]
    [InlineData("endDate: 2031-12-31", "endDate: 2031-12-31\nendDate: 2031-12-31", 5)]
    public void LoadFolder_YamlSyntaxError_NamesFileAndLine(string original, string replacement, int line)
    {
        // Arrange
        using var folder = new DefinitionFolder().With("syntax.yaml", TestDefinitions.MinimalWith(original, replacement));

        // Act
        var exception = Assert.Throws<ConventionDefinitionException>(() => ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        var problem = Assert.Single(exception.Problems);
        Assert.Equal("syntax.yaml", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith("invalid YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"syntax.yaml:{line}: invalid YAML", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_EmptyFolder_SaysNoDefinitionFound()
    {
        // Arrange
        using var folder = new DefinitionFolder().With("notes.txt", "not a definition");

        // Act
        var exception = Assert.Throws<ConventionDefinitionException>(() => ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        Assert.Contains(folder.Path, exception.Message, StringComparison.Ordinal);
        Assert.Contains("no convention definition found", Assert.Single(exception.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_MissingFolder_SaysFolderNotFound()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), "conventionbot-tests", "missing-" + Guid.NewGuid().ToString("N"));

        // Act
        var exception = Assert.Throws<ConventionDefinitionException>(() => ConventionDefinitionLoader.LoadFolder(missing));

        // Assert
        Assert.Equal($"{missing}: folder not found", Assert.Single(exception.Problems).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("- a list\n- not a mapping\n")]
    [InlineData("id: a\n---\nid: b\n")]
    public void LoadFolder_NotOneMappingDocument_ReportsTheFile(string content)
    {
        // Arrange
        using var folder = new DefinitionFolder().With("odd.yaml", content);

        // Act
        var exception = Assert.Throws<ConventionDefinitionException>(() => ConventionDefinitionLoader.LoadFolder(folder.Path));

        // Assert
        var problem = Assert.Single(exception.Problems);
        Assert.Equal("odd.yaml", problem.File);
        Assert.StartsWith("expected ", problem.Message, StringComparison.Ordinal);
    }
}
