namespace ConventionBot.Tests.Infra;

/// <summary>
/// infra/ is compiled and linted by the official Bicep CLI with its default rules (no bicepconfig.json):
/// no error and no warning, so a template that Azure would refuse, or that the linter flags, fails here first.
/// </summary>
public sealed class BicepCompilerTests
{
    public static TheoryData<string> Templates() =>
        new(Directory.EnumerateFiles(CompiledInfra.Folder, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(CompiledInfra.Folder, file))
            .Order(StringComparer.Ordinal));

    [Fact]
    public void Build_MainBicepWithItsModules_HasNoErrorOrWarning()
    {
        var build = CompiledInfra.Build;

        Assert.True(build.IsClean, build.Describe());
        Assert.StartsWith("{", build.Output.TrimStart(), StringComparison.Ordinal); // the ARM JSON, on stdout only
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Lint_Template_HasNoErrorOrWarning(string template)
    {
        var lint = BicepCli.Run("lint", Path.Combine(CompiledInfra.Folder, template));

        Assert.True(lint.IsClean, lint.Describe());
    }

    [Fact]
    public void Lint_TemplateWithAnUnusedParameter_ReportsTheWarning()
    {
        // Without this, a CLI that printed its findings elsewhere would make the checks above pass vacuously.
        var folder = Directory.CreateTempSubdirectory("conventionbot-bicep-");
        try
        {
            var template = Path.Combine(folder.FullName, "unused.bicep");
            File.WriteAllText(template, "param unused string\n");

            var lint = BicepCli.Run("lint", template);

            Assert.False(lint.IsClean);
            Assert.Contains(lint.Problems, p => p.Contains("Warning no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
