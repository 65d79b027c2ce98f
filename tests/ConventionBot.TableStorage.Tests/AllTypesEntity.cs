using Azure;

namespace ConventionBot.TableStorage.Tests;

public sealed class AllTypesEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Text { get; set; }

    public bool Flag { get; set; }

    public int Number { get; set; }

    public long BigNumber { get; set; }

    public double Ratio { get; set; }

    public DateTimeOffset When { get; set; }

    public DateTime WhenUtc { get; set; }

    public Guid Id { get; set; }

    public byte[]? Bytes { get; set; }

    public BinaryData? Data { get; set; }

    public Status Status { get; set; }

    public int? MaybeInt { get; set; }

    public long? MaybeLong { get; set; }

    public double? MaybeDouble { get; set; }

    public DateTimeOffset? MaybeWhen { get; set; }

    public Guid? MaybeId { get; set; }

    public bool? MaybeFlag { get; set; }

    public Status? MaybeStatus { get; set; }
}
