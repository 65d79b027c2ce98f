using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Builder;

internal static partial class BuilderLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Request to the messaging endpoint refused with {Status}.")]
    public static partial void RequestRefused(ILogger logger, int status);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Request to the messaging endpoint not authenticated: {Reason}.")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Signing keys unavailable; request refused.")]
    public static partial void SigningKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity.")]
    public static partial void TurnFailed(ILogger logger, string? activityType, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "The turn error handler failed too.")]
    public static partial void ErrorHandlerFailed(ILogger logger, Exception exception);
}
