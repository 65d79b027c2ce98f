namespace ConventionBot.Meetings.Contract;

/// <summary>
/// A meeting's calendar invitation (.ics), as it stands when asked: the contract through which the signed-link
/// endpoint (Exports) serves it, registered once by <c>AddMeetings()</c>.
/// </summary>
public interface IMeetingInvitations
{
    /// <summary>The invitation of meeting <paramref name="meetingId"/>, rendered from its current state; null when there is no such meeting.</summary>
    Task<MeetingInvitation?> FindAsync(string meetingId, CancellationToken cancellationToken);
}

/// <summary>An iCalendar file (RFC 5545) and the name to save it under.</summary>
public sealed record MeetingInvitation(string FileName, string Text)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The route of the invitation of a meeting, e.g. <c>/exports/meetings/3f2a9c1b7d40.ics</c>.</summary>
    public const string Route = "/exports/meetings/{meetingId}.ics";

    /// <summary>The path a signed link to the invitation of <paramref name="meetingId"/> is made for.</summary>
    public static string PathOf(string meetingId) => $"/exports/meetings/{Uri.EscapeDataString(meetingId)}.ics";
}
