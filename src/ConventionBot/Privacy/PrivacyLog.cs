namespace ConventionBot.Privacy;

internal static partial class PrivacyLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Person erased: {Updated} row(s) pseudonymised, {Deleted} conversation row(s) deleted")]
    public static partial void Erased(ILogger logger, int updated, int deleted);
}
