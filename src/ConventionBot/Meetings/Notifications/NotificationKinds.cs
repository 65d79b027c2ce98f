using System.Globalization;
using System.Xml;

namespace ConventionBot.Meetings;

/// <summary>
/// The kinds and keys of what this feature schedules. Every key of a meeting starts with
/// <c>meeting:{id}:</c>, so one cancellation removes all its pending notifications; the version in the key
/// keeps an edited meeting's new reminders apart from the old ones.
/// </summary>
internal static class NotificationKinds
{
    public const string Reminder = "meeting.reminder";
    public const string Notice = "meeting.notice";
    public const string FollowUp = "meeting.followup";
    public const string Checkpoint = "governance.checkpoint";

    public static string MeetingPrefix(string meetingId) => $"meeting:{meetingId}:";

    /// <summary>e.g. <c>meeting:3f2a…:v2:P7D</c> (ISO 8601 duration).</summary>
    public static string ReminderKey(Meeting meeting, TimeSpan offset) => $"{VersionPrefix(meeting)}{XmlConvert.ToString(offset)}";

    /// <summary>The meeting's reminders stand for one another: after an outage only the latest due is sent.</summary>
    public static string ReminderSeries(Meeting meeting) => $"{VersionPrefix(meeting)}reminders";

    public static string NoticeKey(Meeting meeting) => $"{VersionPrefix(meeting)}notice";

    public static string FollowUpKey(Meeting meeting) => $"{VersionPrefix(meeting)}followup";

    /// <summary>e.g. <c>governance:amp-arhlm-2022-2024:2024:COTECH:06-30:1</c>.</summary>
    public static string CheckpointKey(CheckpointAlert alert) => string.Create(CultureInfo.InvariantCulture,
        $"governance:{alert.ConventionId}:{alert.Year}:{alert.Checkpoint.Instance}:{alert.Checkpoint.Month:00}-{alert.Checkpoint.Day:00}:{alert.Checkpoint.Minimum}");

    private static string VersionPrefix(Meeting meeting) =>
        string.Create(CultureInfo.InvariantCulture, $"{MeetingPrefix(meeting.Id)}v{meeting.Version}:");
}
