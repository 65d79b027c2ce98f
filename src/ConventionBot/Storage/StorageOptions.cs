using System.ComponentModel.DataAnnotations;

namespace ConventionBot.Storage;

/// <summary>
/// Where the bot keeps its data. A connection string (<c>ConnectionStrings:Tables</c>, <c>ConnectionStrings:Blobs</c>) wins;
/// without one, <see cref="TableEndpoint"/> and the account's blob endpoint are reached with a managed identity.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";
    public const string ConnectionStringName = "Tables";
    public const string BlobConnectionStringName = "Blobs";

    /// <summary>Filled from <c>ConnectionStrings:Tables</c>, not from the <c>Storage</c> section.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>e.g. <c>https://account.table.core.windows.net</c>; used when no connection string is set.</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Filled from <c>ConnectionStrings:Blobs</c>, else from the tables' connection string (one account locally).</summary>
    public string? BlobConnectionString { get; set; }

    /// <summary>e.g. <c>https://account.blob.core.windows.net</c>; when unset, the blob endpoint of <see cref="TableEndpoint"/>'s account.</summary>
    public Uri? BlobEndpoint { get; set; }

    /// <summary>The blob endpoint reached with the managed identity: <see cref="BlobEndpoint"/>, or the same account as the tables.</summary>
    public Uri? EffectiveBlobEndpoint => BlobEndpoint ?? (TableEndpoint is { IsAbsoluteUri: true } tables && tables.Host.Contains(".table.", StringComparison.Ordinal)
        ? new UriBuilder(tables) { Host = tables.Host.Replace(".table.", ".blob.", StringComparison.Ordinal) }.Uri
        : null);

    /// <summary>Client id of a user-assigned managed identity; empty means <c>DefaultAzureCredential</c>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix of every table name, so several deployments or test runs can share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$", ErrorMessage = "Storage:TablePrefix must be 1-21 letters or digits, starting with a letter.")]
    public string TablePrefix { get; set; } = "cb";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && TableEndpoint is null)
        {
            yield return new ValidationResult(
                "Table Storage is not configured: set ConnectionStrings:Tables (e.g. UseDevelopmentStorage=true) or Storage:TableEndpoint with a managed identity.",
                [nameof(TableEndpoint)]);
        }
        if (string.IsNullOrWhiteSpace(ConnectionString) && TableEndpoint is { Scheme: not "https" })
        {
            yield return new ValidationResult("Storage:TableEndpoint must use https with a managed identity.", [nameof(TableEndpoint)]);
        }
        if (string.IsNullOrWhiteSpace(BlobConnectionString) && EffectiveBlobEndpoint is not { IsAbsoluteUri: true, Scheme: "https" })
        {
            yield return new ValidationResult(
                "Blob Storage is not configured: set ConnectionStrings:Blobs, or Storage:BlobEndpoint (https) with a managed identity.", [nameof(BlobEndpoint)]);
        }
    }
}
