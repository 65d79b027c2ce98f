namespace ConventionBot.Meetings;

/// <summary>Planned until cancelled or until its compte-rendu is recorded (held).</summary>
internal enum MeetingStatus
{
    Planned,
    Cancelled,
    Held,
}
