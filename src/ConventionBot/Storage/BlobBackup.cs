using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ConventionBot.Storage;

/// <summary>
/// Exports every blob container whose name starts with the app's prefix (lower case, then '-', e.g.
/// <c>cb-dossiers</c>) to <c>blobs/&lt;container&gt;/</c> in a backup folder: each blob's bytes under its name, and
/// beside them <c>&lt;name&gt;.blob.json</c> with its content type and metadata. Restores such a folder into an account
/// whose containers are empty, refusing before writing anything otherwise.
/// </summary>
public static class BlobBackup
{
    public const string Folder = "blobs";
    private const string Sidecar = ".blob.json";

    /// <summary>Writes every blob of the app's containers under <paramref name="folder"/>; returns the blobs written per container.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> BackupAsync(
        BlobServiceClient service, string prefix, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var item in service.GetBlobContainersAsync(prefix: prefix.ToLowerInvariant() + "-", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var container = service.GetBlobContainerClient(item.Name);
            var count = 0;
            await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken).ConfigureAwait(false))
            {
                var path = PathOf(folder, item.Name, blob.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await container.GetBlobClient(blob.Name).DownloadToAsync(path, cancellationToken).ConfigureAwait(false);
                var sidecar = new BlobSidecar(blob.Properties.ContentType, blob.Metadata?.ToDictionary(StringComparer.Ordinal) ?? []);
                await File.WriteAllTextAsync(path + Sidecar, JsonSerializer.Serialize(sidecar), cancellationToken).ConfigureAwait(false);
                count++;
            }
            counts[item.Name] = count;
        }
        return counts;
    }

    /// <summary>Restores the <c>blobs/</c> part of a backup folder (none: nothing to do); returns the blobs written per container.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> RestoreAsync(BlobServiceClient service, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var root = Path.Combine(folder, Folder);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return counts;
        }
        var containers = Directory.GetDirectories(root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
        foreach (var name in containers)
        {
            var container = service.GetBlobContainerClient(name);
            if (await container.ExistsAsync(cancellationToken).ConfigureAwait(false)
                && await container.GetBlobsAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1).AnyAsync(page => page.Values.Count > 0, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The target account is not empty: container {name} already holds blobs. Restore only into an empty account; nothing was written.");
            }
        }
        foreach (var name in containers)
        {
            var container = service.GetBlobContainerClient(name);
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var directory = Path.Combine(root, name);
            var count = 0;
            foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(Sidecar, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var sidecar = JsonSerializer.Deserialize<BlobSidecar>(await File.ReadAllTextAsync(file + Sidecar, cancellationToken).ConfigureAwait(false))!;
                await container.GetBlobClient(Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/')).UploadAsync(file, new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = sidecar.ContentType },
                    Metadata = sidecar.Metadata,
                }, cancellationToken).ConfigureAwait(false);
                count++;
            }
            counts[name] = count;
        }
        return counts;
    }

    // Blob names are '/'-separated paths the app writes itself (convention/year/item/upload id): never '..' or rooted.
    private static string PathOf(string folder, string container, string blob)
    {
        if (blob.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new InvalidOperationException($"Blob name {blob} in {container} is not a plain relative path.");
        }
        return Path.Combine(folder, Folder, container, Path.Combine(blob.Split('/')));
    }

    private sealed record BlobSidecar(string? ContentType, Dictionary<string, string> Metadata);
}
