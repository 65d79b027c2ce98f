namespace ConventionBot.Bilans;

/// <summary>What produced a version of a chantier's bilan.</summary>
public enum BilanEvent
{
    Saved,
    Submitted,
    ChangesRequested,
    Validated,
}
