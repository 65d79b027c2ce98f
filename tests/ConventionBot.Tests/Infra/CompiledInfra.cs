using ConventionBot.Tests.Manifest;

namespace ConventionBot.Tests.Infra;

/// <summary>
/// infra/main.bicep compiled once per test run by the Bicep CLI (<c>build --stdout</c>: nothing is written
/// into the repository). The ARM JSON holds every module as a nested deployment, so the checks read what
/// Azure would receive rather than the Bicep text.
/// </summary>
internal static class CompiledInfra
{
    private static readonly Lazy<BicepResult> BuildResult = new(() => BicepCli.Run("build", MainBicep, "--stdout"));
    private static readonly Lazy<ArmTemplate> ParsedTemplate = new(Compile);

    public static string Folder => RepositoryRoot.Combine("infra");

    public static string MainBicep => Path.Combine(Folder, "main.bicep");

    public static BicepResult Build => BuildResult.Value;

    public static ArmTemplate Template => ParsedTemplate.Value;

    private static ArmTemplate Compile() =>
        Build.ExitCode == 0
            ? ArmTemplate.Parse(Build.Output)
            : throw new InvalidOperationException($"main.bicep does not compile. {Build.Describe()}");
}
