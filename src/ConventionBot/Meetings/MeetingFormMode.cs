namespace ConventionBot.Meetings;

/// <summary>What the meeting form is for: a meeting to come (announced, reminded) or one that already took place (recorded as held).</summary>
internal enum MeetingFormMode
{
    Upcoming,
    Past,
}
