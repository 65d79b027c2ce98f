using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Storage;

namespace ConventionBot.Funding;

/// <summary>
/// The yearly contributions in Table Storage, one row per year in that year's bilan partition (row key
/// <see cref="YearPartition.ContributionRowKey"/>), so the query that reads a year's bilans returns its contribution too.
/// A save only applies over the version its author saw.
/// </summary>
public sealed class FundingStore(TableProvider tables)
{
    /// <summary>Where the contributions lived before they moved to the bilans' partitions (see <see cref="FundingMigration"/>).</summary>
    public const string LegacyTableName = "Funding";

    /// <summary>The year's record; a new (empty) one when nothing was recorded yet.</summary>
    public async Task<FundingRecord> LoadAsync(string conventionId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(YearPartition.TableName, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<FundingEntity>(
            YearPartition.Key(conventionId, year), YearPartition.ContributionRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ToRecord(conventionId, year, found.Value!) : FundingRecord.New(conventionId, year);
    }

    /// <summary>The record of a contribution row read with its year's bilans (<see cref="BilanPartition.Contribution"/>); a new one when none.</summary>
    public static FundingRecord FromPartition(string conventionId, BilanPartition partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        var year = partition.Year.Year;
        return partition.Contribution is not { } row ? FundingRecord.New(conventionId, year) : ToRecord(conventionId, year, new FundingEntity
        {
            PartitionKey = YearPartition.Key(conventionId, year),
            RowKey = YearPartition.ContributionRowKey,
            ETag = row.ETag,
            CallSentOn = row.CallSentOn,
            Documents = row.Documents ?? "",
            Decision = Enum.TryParse<FundingDecision>(row.Decision, out var decision) ? decision : default,
            ReducedAmount = row.ReducedAmount,
            Reason = row.Reason,
            PaidOn = row.PaidOn,
            UpdatedBy = row.UpdatedBy,
            UpdatedAt = row.UpdatedAt,
        });
    }

    /// <returns>The saved record with its new ETag, or null when it changed since <paramref name="expectedETag"/> (null: only if never saved).</returns>
    public async Task<FundingRecord?> SaveAsync(FundingRecord record, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var table = await tables.GetAsync(YearPartition.TableName, cancellationToken).ConfigureAwait(false);
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
        PartitionKey = YearPartition.Key(record.ConventionId, record.Year),
        RowKey = YearPartition.ContributionRowKey,
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
