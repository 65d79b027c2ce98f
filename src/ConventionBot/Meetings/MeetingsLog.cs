namespace ConventionBot.Meetings;

/// <summary>The meetings feature's log events: ids and counts only, never names or texts.</summary>
internal static partial class MeetingsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Meeting {MeetingId} scheduled")]
    public static partial void Scheduled(ILogger logger, string meetingId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Meeting {MeetingId} saved as version {Version} ({Change})")]
    public static partial void Changed(ILogger logger, string meetingId, int version, string change);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Change of meeting {MeetingId} refused: {Status}")]
    public static partial void ChangeRefused(ILogger logger, string meetingId, SaveStatus status);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Answer recorded for meeting {MeetingId}")]
    public static partial void Answered(ILogger logger, string meetingId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Schedule checked at start-up: {Meetings} meeting(s) and {Checkpoints} governance checkpoint(s) to come")]
    public static partial void ScheduleEnsured(ILogger logger, int meetings, int checkpoints);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Could not check the meetings schedule at start-up; retrying in {Delay}")]
    public static partial void ScheduleEnsureFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Debug, Message = "Notification {Kind} for {Subject} is obsolete; nothing sent")]
    public static partial void Obsolete(ILogger logger, string kind, string subject);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Past meeting {MeetingId} recorded as held")]
    public static partial void Recorded(ILogger logger, string meetingId);
}
