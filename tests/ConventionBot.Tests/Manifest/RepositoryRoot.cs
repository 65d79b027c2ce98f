namespace ConventionBot.Tests.Manifest;

/// <summary>The repository checkout the tests run from, found by walking up to ConventionBot.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> _path = new(Find);

    public static string Path => _path.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ConventionBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ConventionBot.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
