using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConventionBot.Storage;

/// <summary>Healthy when a real read reaches Table Storage with our credentials.</summary>
internal sealed class TableStorageHealthCheck(TableProvider tables) : IHealthCheck
{
    public const string TableName = "Health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                break;
            }
            return HealthCheckResult.Healthy("Table Storage reachable.");
        }
        catch (Exception ex) when (StorageFailure.IsUnavailable(ex))
        {
            // The health endpoint is exactly the place that reports this failure instead of throwing it.
            return HealthCheckResult.Unhealthy("Table Storage unreachable.", ex);
        }
    }
}
