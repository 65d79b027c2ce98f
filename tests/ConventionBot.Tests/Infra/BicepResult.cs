using System.Text.RegularExpressions;

namespace ConventionBot.Tests.Infra;

/// <summary>What one run of the Bicep CLI gave: its exit code, its standard output (the ARM JSON of
/// <c>build --stdout</c>) and its standard error, where it writes diagnostics as <c>file(line,col) : Level code: message</c>.</summary>
internal sealed partial record BicepResult(int ExitCode, string Output, string Diagnostics)
{
    /// <summary>The error and warning lines; info-level findings are advice, not failures.</summary>
    public IReadOnlyList<string> Problems =>
        Diagnostics.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => ProblemPattern().IsMatch(line))
            .ToList();

    public bool IsClean => ExitCode == 0 && Problems.Count == 0;

    /// <summary>The compiler's own words, for an assertion message.</summary>
    public string Describe() => $"bicep exited with {ExitCode}; it said:\n{Diagnostics}";

    [GeneratedRegex(@"\) : (Error|Warning) ")]
    private static partial Regex ProblemPattern();
}
