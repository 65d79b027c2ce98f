using System.Net;

namespace ConventionBot.BotFramework.Connector;

/// <summary>A Connector call answered with an error status, after any retries.</summary>
public sealed class ErrorResponseException : Exception
{
    public ErrorResponseException()
    {
    }

    public ErrorResponseException(string message)
        : base(message)
    {
    }

    public ErrorResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ErrorResponseException(string operation, HttpStatusCode statusCode, string? errorCode, string? errorMessage)
        : base($"Connector {operation} failed with HTTP {(int)statusCode} {errorCode}: {errorMessage}")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>error.code</c> of the body, e.g. <c>ConversationBlockedByUser</c>, <c>MessageSizeTooBig</c>.</summary>
    public string? ErrorCode { get; }

    public string? ErrorMessage { get; }
}
