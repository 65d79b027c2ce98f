namespace ConventionBot.Meetings;

/// <summary>How a conditional write ended: saved, refused because someone changed the meeting first, or the meeting is gone.</summary>
internal enum SaveStatus
{
    Saved,
    Stale,
    Missing,
}
