using Azure;

namespace ConventionBot.TableStorage;

/// <summary>
/// A transaction was rejected as a whole: nothing of it was applied.
/// <see cref="FailedTransactionActionIndex"/> names the action the service refused, when it said so.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    /// <summary>Wraps a failure that carries no action index.</summary>
    public TableTransactionFailedException(RequestFailedException requestFailedException)
        : base(
            (requestFailedException ?? throw new ArgumentNullException(nameof(requestFailedException))).Status,
            requestFailedException.Message,
            requestFailedException.ErrorCode,
            requestFailedException)
    {
    }

    internal TableTransactionFailedException(Response failedResponse, int? failedActionIndex)
        : base(failedResponse, null, TableErrorParser.Instance)
    {
        FailedTransactionActionIndex = failedActionIndex;
    }

    /// <summary>The 0-based index of the action that made the transaction fail, when known.</summary>
    public int? FailedTransactionActionIndex { get; }
}
