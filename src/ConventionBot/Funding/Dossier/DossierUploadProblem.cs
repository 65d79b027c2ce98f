namespace ConventionBot.Funding;

/// <summary>Why a file sent to an upload page was refused (nothing is stored then).</summary>
public enum DossierUploadProblem
{
    None,
    NoFile,
    Empty,
    TooLarge,
    BadName,
    BadType,
}
