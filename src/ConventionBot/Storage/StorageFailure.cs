using Azure;
using Azure.Identity;

namespace ConventionBot.Storage;

/// <summary>Recognises "Table Storage cannot be reached right now", which loops and start-up work outlive.</summary>
public static class StorageFailure
{
    /// <summary>
    /// A storage error, a network failure or timeout, a credential that cannot get a token, or — once Azure.Core's retries are
    /// exhausted — an <see cref="AggregateException"/> of those.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException or HttpRequestException or AuthenticationFailedException or CredentialUnavailableException => true,
        // Azure.Core's per-try network timeout, as opposed to the caller cancelling.
        TaskCanceledException { InnerException: TimeoutException } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnavailable),
        _ => false,
    };
}
