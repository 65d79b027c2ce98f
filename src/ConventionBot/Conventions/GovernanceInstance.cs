namespace ConventionBot.Conventions;

/// <summary>A governance body such as the COPIL or the COTECH.</summary>
/// <param name="Code">Short code used in commands and storage, e.g. COPIL.</param>
/// <param name="Composition">Its members, one entry per member or group.</param>
/// <param name="MinimumPerYear">How many meetings the convention requires each year.</param>
public sealed record GovernanceInstance(
    string Code,
    string Name,
    string Purpose,
    IReadOnlyList<string> Composition,
    int MinimumPerYear);
