namespace ConventionBot.Conventions;

/// <summary>The convention definitions folder holds invalid or no definitions; lists every problem found.</summary>
public sealed class ConventionDefinitionException : Exception
{
    public ConventionDefinitionException(string folder, IReadOnlyList<ConventionDefinitionProblem> problems)
        : base(Describe(folder, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<ConventionDefinitionProblem> Problems { get; }

    private static string Describe(string folder, IReadOnlyList<ConventionDefinitionProblem> problems) =>
        $"Invalid convention definitions in '{folder}' ({problems.Count} problem(s)):"
        + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"));
}
