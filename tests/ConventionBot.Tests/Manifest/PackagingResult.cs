namespace ConventionBot.Tests.Manifest;

/// <summary>What one run of the packaging script produced; disposing deletes its output folder.</summary>
internal sealed record PackagingResult(int ExitCode, string Output, string Error, string OutputDirectory) : IDisposable
{
    public string ZipPath => Path.Combine(OutputDirectory, "appPackage.zip");

    public override string ToString() => $"exit {ExitCode}\nstdout: {Output}\nstderr: {Error}";

    public void Dispose() => Directory.Delete(OutputDirectory, recursive: true);
}
