using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Journal;

/// <summary>
/// A journal row. One partition, newest first: the row key is the inverted time, so a page is a range query.
/// </summary>
public sealed class JournalEntity : ITableEntity
{
    public const string Partition = "journal";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public string? ActorName { get; set; }
    public string ConversationId { get; set; } = "";
    public string ConventionId { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Summary { get; set; } = "";
    public int? Year { get; set; }
    public int? Chantier { get; set; }

    // Changes within one tick (or under a stopped test clock) still read newest first from one instance: a
    // descending counter follows the time; the random suffix keeps keys of several instances apart.
    private static long _sequence = long.MaxValue;

    public static string RowKeyFor(DateTimeOffset at) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Interlocked.Decrement(ref _sequence):D19}-{Guid.NewGuid():N}";
}
