namespace ConventionBot.Meetings;

/// <summary>A checkpoint of one convention year, and when its alert would go out.</summary>
internal sealed record CheckpointAlert(string ConventionId, int Year, GovernanceCheckpoint Checkpoint, DateTimeOffset DueAt)
{
    public DateOnly Date => Checkpoint.DateIn(Year);
}
