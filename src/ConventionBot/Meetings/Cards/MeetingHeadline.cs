namespace ConventionBot.Meetings;

/// <summary>Why a meeting card is shown: a reminder, or the news that it was scheduled, changed or cancelled.</summary>
internal enum MeetingHeadline
{
    Reminder,
    Scheduled,
    Edited,
    Cancelled,
}
