namespace ConventionBot.Bilans;

/// <summary>Where one chantier's bilan stands in a year's campaign.</summary>
public enum BilanStatus
{
    NotStarted,
    Draft,
    Submitted,
    ChangesRequested,
    Validated,
}
