using ConventionBot.Bilans.Contract;

namespace ConventionBot.Bilans;

/// <summary>One kept version of a chantier's bilan: what it said, what happened, who, when.</summary>
public sealed record BilanVersion(
    int Chantier,
    int Version,
    BilanEvent Event,
    BilanContent Content,
    string By,
    DateTimeOffset At,
    string? Comment);

/// <summary>What produced a version of a chantier's bilan.</summary>
public enum BilanEvent
{
    Saved,
    Submitted,
    ChangesRequested,
    Validated,
}
