using Azure;

namespace ConventionBot.TableStorage.Tests;

public sealed class ContactEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Name { get; set; }

    public int Visits { get; set; }
}
