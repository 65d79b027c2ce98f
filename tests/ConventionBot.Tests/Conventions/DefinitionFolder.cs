namespace ConventionBot.Tests.Conventions;

/// <summary>A temporary definitions folder, deleted after the test.</summary>
internal sealed class DefinitionFolder : IDisposable
{
    public DefinitionFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "conventionbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public DefinitionFolder With(string fileName, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), content);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
