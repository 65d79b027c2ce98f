namespace ConventionBot.Meetings;

/// <summary>The card verbs of the meetings feature.</summary>
internal static class MeetingVerbs
{
    public const string Schedule = "meeting.schedule";
    public const string Record = "meeting.record";
    public const string Edit = "meeting.edit";
    public const string Update = "meeting.update";
    public const string Cancel = "meeting.cancel";
    public const string ConfirmCancel = "meeting.cancel.confirm";
    public const string List = "meeting.list";
    public const string Rsvp = "meeting.rsvp";
    public const string Participants = "meeting.participants";
    public const string FollowUp = "meeting.followup";
    public const string SaveFollowUp = "meeting.followup.save";
}
