using System.Net;

namespace ConventionBot.BotFramework.Connector;

/// <summary>
/// The outcome of a proactive send: delivered with its id, or the conversation is gone (403/404: bot blocked,
/// uninstalled or removed) and the stored reference should be marked inactive.
/// </summary>
public sealed record ProactiveSendResult
{
    public bool Delivered { get; private init; }
    public bool ConversationGone => !Delivered;
    public string? ActivityId { get; private init; }
    public HttpStatusCode? StatusCode { get; private init; }

    /// <summary>The Connector error code, e.g. <c>ConversationBlockedByUser</c> or <c>ConversationNotFound</c>.</summary>
    public string? ErrorCode { get; private init; }

    public static ProactiveSendResult Sent(string? activityId) => new() { Delivered = true, ActivityId = activityId };

    public static ProactiveSendResult Gone(HttpStatusCode statusCode, string? errorCode) =>
        new() { StatusCode = statusCode, ErrorCode = errorCode };
}
