using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ConventionBot.Storage;
using Microsoft.Extensions.Options;

namespace ConventionBot.Funding;

/// <summary>
/// The dossiers' files in Blob Storage: container <c>{prefix}-dossiers</c> (the tables' prefix, so deployments and
/// test runs sharing an account stay apart), blob <see cref="DossierFile.BlobName"/>, never overwritten.
/// </summary>
public sealed class DossierBlobs(BlobServiceClient service, IOptions<StorageOptions> options)
{
    private readonly Lazy<Task<BlobContainerClient>> _container = new(() => CreateAsync(service, ContainerName(options.Value.TablePrefix)));

    public static string ContainerName(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.ToLowerInvariant() + "-dossiers";
    }

    public async Task UploadAsync(DossierFile file, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var container = await _container.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        await container.GetBlobClient(file.BlobName).UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType },
            // Metadata is ASCII and says what the file is and where it belongs; who sent it stays in the table row only,
            // where erasing a person (RGPD) finds it.
            Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["convention"] = file.ConventionId,
                ["year"] = file.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["item"] = file.ItemId,
            },
            // Never replace a stored version.
            Conditions = new BlobRequestConditions { IfNoneMatch = Azure.ETag.All },
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Stream> OpenReadAsync(DossierFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var container = await _container.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var download = await container.GetBlobClient(file.BlobName).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return download.Value.Content;
    }

    private static async Task<BlobContainerClient> CreateAsync(BlobServiceClient service, string name)
    {
        var container = service.GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
        return container;
    }
}
