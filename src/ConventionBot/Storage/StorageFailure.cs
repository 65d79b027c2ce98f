using Azure;
using Azure.Identity;

namespace ConventionBot.Storage;

/// <summary>Recognises "Table Storage cannot be reached right now", which loops and start-up work outlive.</summary>
public static class StorageFailure
{
    /// <summary>
    /// No answer (status 0: connection refused, DNS, TLS), a timeout, throttling or a server error (408, 429, 5xx),
    /// a credential that cannot get a token or is not authorised yet (401, 403), or — once Azure.Core's retries are
    /// exhausted — an <see cref="AggregateException"/> of those. Not a 400, 404, 409 or 412: the service answered
    /// and the request is what needs changing.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 401 or 403 or 408 or 429 or >= 500,
        HttpRequestException or AuthenticationFailedException or CredentialUnavailableException => true,
        // Azure.Core's per-try network timeout, as opposed to the caller cancelling.
        TaskCanceledException { InnerException: TimeoutException } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnavailable),
        _ => false,
    };
}
