namespace ConventionBot.Exports;

internal static partial class ExportsLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning, Message = "Export request refused: missing, invalid or expired link.")]
    public static partial void LinkRefused(ILogger logger);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Information, Message = "Consolidated bilan {ConventionId} {Year} served as {Format}.")]
    public static partial void DocumentServed(ILogger logger, string conventionId, int year, string format);

    [LoggerMessage(EventId = 5310, Level = LogLevel.Information, Message = "Invitation of meeting {MeetingId} served.")]
    public static partial void InvitationServed(ILogger logger, string meetingId);
}
