using Azure;
using Azure.Data.Tables;

namespace ConventionBot.Bilans;

/// <summary>
/// A chantier's delay request (row key <c>delay|03</c>), in the year's partition so the query that reads the year
/// returns it (as a <see cref="BilanRowEntity"/>); the request is one JSON property, read back whole.
/// </summary>
public sealed class BilanDelayEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Chantier { get; set; }

    /// <summary>JSON of the <see cref="Contract.BilanDelay"/>.</summary>
    public string Delay { get; set; } = "";
}
