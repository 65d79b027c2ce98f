using System.Diagnostics.CodeAnalysis;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>
/// Pipeline options for <see cref="TableServiceClient"/> and <see cref="TableClient"/>.
/// </summary>
/// <remarks>
/// The pipeline's <see cref="ClientOptions.Retry"/> is the only retry mechanism: by default 3 exponential
/// retries (0.5 s to 10 s) of 408/429/5xx and network failures, with a 30 s timeout per try. Do not stack another
/// retry layer on top; set <c>Retry.MaxRetries = 0</c> if something else owns retries.
/// A retried write may already have been applied by the attempt that timed out: a retried insert (or transaction)
/// can then fail with 409 <c>EntityAlreadyExists</c> and a retried conditional update with 412
/// <c>UpdateConditionNotSatisfied</c>. Treat those as "maybe applied" and re-read the entity.
/// </remarks>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>Creates options for the given service version.</summary>
    public TableClientOptions(ServiceVersion version = ServiceVersion.V2020_12_06)
    {
        Version = version;
        Retry.MaxRetries = 3;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = TimeSpan.FromSeconds(0.5);
        Retry.MaxDelay = TimeSpan.FromSeconds(10);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }

    /// <summary>The REST API versions this client speaks.</summary>
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Mirrors Azure.Data.Tables so it can be swapped in.")]
    public enum ServiceVersion
    {
        /// <summary>2019-02-02.</summary>
        V2019_02_02 = 1,

        /// <summary>2020-12-06 (default).</summary>
        V2020_12_06 = 2,
    }

    /// <summary>The REST API version sent as <c>x-ms-version</c>.</summary>
    public ServiceVersion Version { get; }

    /// <summary>The audience of Entra ID tokens; defaults to <see cref="TableAudience.AzurePublicCloud"/>.</summary>
    public TableAudience? Audience { get; set; }

    internal string VersionString => Version switch
    {
        ServiceVersion.V2019_02_02 => "2019-02-02",
        ServiceVersion.V2020_12_06 => "2020-12-06",
        _ => throw new ArgumentOutOfRangeException(nameof(Version), Version, "Unknown table service version."),
    };
}
