namespace ConventionBot.ConventionInfo;

/// <summary>Where today falls in a convention's dates.</summary>
internal enum ConventionPhase
{
    NotStarted,
    Running,
    Ended,
}
