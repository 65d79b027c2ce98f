using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Connector events; never tokens, message text or conversation ids.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Connector {Operation}: attempt {NextAttempt} in {DelayMs} ms after status {StatusCode} / {ExceptionType}")]
    public static partial void RetryScheduled(ILogger logger, string operation, int nextAttempt, double delayMs, int? statusCode, string? exceptionType);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Connector {Operation} answered {StatusCode} in {ElapsedMs} ms")]
    public static partial void CallCompleted(ILogger logger, string operation, int statusCode, double elapsedMs);

    // Debug: pacing a fan-out delays most sends by design; 429s, not waits, are the warning sign.
    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Rate limit: send delayed by {DelayMs} ms")]
    public static partial void RateLimitDelay(ILogger logger, double delayMs);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Refused Connector call to {Scheme}://{Host}: not an allowed serviceUrl")]
    public static partial void ServiceUrlRejected(ILogger logger, string scheme, string host);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Bot Framework access token acquired, expires {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Proactive send: conversation gone ({StatusCode} {ErrorCode})")]
    public static partial void ConversationGone(ILogger logger, int statusCode, string? errorCode);
}
