using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ConventionBot.Calendar;
using ConventionBot.Storage;

namespace ConventionBot.Funding;

/// <summary>The yearly contributions in Table Storage; a save only applies over the version its author saw.</summary>
public sealed class FundingStore(TableProvider tables)
{
    public const string TableName = "Funding";

    /// <summary>The year's record; a new (empty) one when nothing was recorded yet.</summary>
    public async Task<FundingRecord> LoadAsync(string conventionId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<FundingEntity>(
            TableKey.Escape(conventionId), Row(year), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ToRecord(conventionId, year, found.Value!) : FundingRecord.New(conventionId, year);
    }

    /// <summary>Every year's record of the convention (new ones for the years without), in one query.</summary>
    public async Task<IReadOnlyList<FundingRecord>> LoadAllAsync(string conventionId, IEnumerable<int> years, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, FundingEntity>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(conventionId)}");
        await foreach (var entity in table.QueryAsync<FundingEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found[entity.RowKey] = entity;
        }
        return [.. years.Select(y => found.TryGetValue(Row(y), out var entity) ? ToRecord(conventionId, y, entity) : FundingRecord.New(conventionId, y))];
    }

    /// <returns>The saved record with its new ETag, or null when it changed since <paramref name="expectedETag"/> (null: only if never saved).</returns>
    public async Task<FundingRecord?> SaveAsync(FundingRecord record, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var entity = ToEntity(record);
        try
        {
            var response = expectedETag is null
                ? await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(entity, ETags.Parse(expectedETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return record with { ETag = ETags.Text(response.RequireETag()) };
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    private static string Row(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static FundingRecord ToRecord(string conventionId, int year, FundingEntity entity) => new(
        conventionId,
        year,
        DateText.ParseInput(entity.CallSentOn),
        entity.Documents.Split(',', StringSplitOptions.RemoveEmptyEntries),
        entity.Decision,
        entity.ReducedAmount is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null,
        entity.Reason,
        DateText.ParseInput(entity.PaidOn),
        entity.UpdatedBy,
        entity.UpdatedAt,
        ETags.Text(entity.ETag));

    private static FundingEntity ToEntity(FundingRecord record) => new()
    {
        PartitionKey = TableKey.Escape(record.ConventionId),
        RowKey = Row(record.Year),
        CallSentOn = record.CallSentOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Documents = string.Join(",", record.DocumentsReceived),
        Decision = record.Decision,
        ReducedAmount = record.ReducedAmount?.ToString(CultureInfo.InvariantCulture),
        Reason = record.Reason,
        PaidOn = record.PaidOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        UpdatedBy = record.UpdatedBy,
        UpdatedAt = record.UpdatedAt,
    };
}
