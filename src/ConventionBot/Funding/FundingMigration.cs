using Azure;
using Azure.Data.Tables;
using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Storage;

namespace ConventionBot.Funding;

/// <summary>
/// Copies the contributions recorded in the former <c>Funding</c> table (partition = convention, row = year) into
/// their years' bilan partitions, before the app serves. Each row is inserted only where none is yet: a contribution
/// already in its new place (copied by another instance, or saved since) is never overwritten, so every instance may
/// run it at each start. The former table is left as it was. Rows of conventions no longer defined are left there.
/// </summary>
public sealed class FundingMigration(TableProvider tables, ConventionCatalog catalog, ILogger<FundingMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var copied = await MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (copied > 0)
            {
                FundingLog.Migrated(logger, copied);
            }
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
        {
            // Nothing was overwritten; the next start copies what is still missing.
            FundingLog.MigrationFailed(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <returns>How many contributions were copied (0 when every one was already in place, or there was no former table).</returns>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var legacy = tables.GetUncreated(FundingStore.LegacyTableName);
        var conventions = catalog.All.ToDictionary(c => TableKey.Escape(c.Id), c => c.Id, StringComparer.Ordinal);
        var rows = new List<FundingEntity>();
        try
        {
            await foreach (var row in legacy.QueryAsync<FundingEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return 0; // never created: nothing to copy
        }
        var bilans = await tables.GetAsync(YearPartition.TableName, cancellationToken).ConfigureAwait(false);
        var copied = 0;
        foreach (var row in rows)
        {
            if (!conventions.TryGetValue(row.PartitionKey, out var conventionId) || !int.TryParse(row.RowKey, System.Globalization.CultureInfo.InvariantCulture, out var year))
            {
                continue;
            }
            row.PartitionKey = YearPartition.Key(conventionId, year);
            row.RowKey = YearPartition.ContributionRowKey;
            row.ETag = default;
            try
            {
                await bilans.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                copied++;
            }
            catch (RequestFailedException exception) when (exception.Status == 409)
            {
                // Already there (copied before, or saved since): the newer one stays.
            }
        }
        return copied;
    }
}
