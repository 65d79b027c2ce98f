namespace ConventionBot.Storage;

/// <summary>
/// A write that real Table Storage would refuse: a bug in the code that built it, not an outage,
/// so it is never taken for "storage unavailable" and never retried.
/// </summary>
public sealed class TableLimitException : InvalidOperationException
{
    public TableLimitException()
    {
    }

    public TableLimitException(string message) : base(message)
    {
    }

    public TableLimitException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
