namespace ConventionBot.Conventions;

/// <summary>One thing wrong in a definition file.</summary>
/// <param name="File">File name inside the definitions folder (the folder itself for folder-level problems).</param>
/// <param name="Path">Where in the file, e.g. <c>chantiers[4].axis</c>; empty for the whole file.</param>
/// <param name="Line">1-based line in the file, when known.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ConventionDefinitionProblem(string File, string Path, int? Line, string Message)
{
    /// <summary>E.g. <c>amp.yaml:42: chantiers[4].axis: axis 9 is not defined in axes</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        return Path.Length == 0 ? $"{where}: {Message}" : $"{where}: {Path}: {Message}";
    }
}
