namespace ConventionBot.Conventions;

/// <summary>Collects the problems of one file so that all of them are reported at once.</summary>
internal sealed class ProblemLog(string file)
{
    private readonly List<ConventionDefinitionProblem> _problems = [];

    public IReadOnlyList<ConventionDefinitionProblem> Problems => _problems;

    public bool IsEmpty => _problems.Count == 0;

    /// <param name="line">1-based, as YamlDotNet counts.</param>
    public void Add(string path, string message, long? line = null) =>
        _problems.Add(new ConventionDefinitionProblem(file, path, (int?)line, message));
}
