namespace ConventionBot.Bilans;

/// <summary>How far the chantier's work of the year went, as its contributors judge it.</summary>
public enum BilanProgress
{
    NotEngaged,
    InProgress,
    WellAdvanced,
    Completed,
}
