using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConventionBot.Storage;

/// <summary>Healthy when a real read (one page of containers) reaches Blob Storage with our credentials.</summary>
internal sealed class BlobStorageHealthCheck(BlobServiceClient service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in service.GetBlobContainersAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1).ConfigureAwait(false))
            {
                break;
            }
            return HealthCheckResult.Healthy("Blob Storage reachable.");
        }
        catch (Exception ex) when (StorageFailure.IsUnavailable(ex))
        {
            // The health endpoint is exactly the place that reports this failure instead of throwing it.
            return HealthCheckResult.Unhealthy("Blob Storage unreachable.", ex);
        }
    }
}
