using System.ComponentModel.DataAnnotations;
using ConventionBot.Storage;

namespace ConventionBot.Tests.Storage;

/// <summary>Where the dossier's files go: the blobs of the tables' account unless told otherwise.</summary>
public sealed class BlobStorageOptionsTests
{
    [Fact]
    public void EffectiveBlobEndpoint_TablesEndpointOnly_IsTheSameAccountsBlobEndpoint()
    {
        var options = new StorageOptions { TableEndpoint = new Uri("https://stconventionbot.table.core.windows.net/") };

        Assert.Equal(new Uri("https://stconventionbot.blob.core.windows.net/"), options.EffectiveBlobEndpoint);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void EffectiveBlobEndpoint_Explicit_Wins()
    {
        var options = new StorageOptions { TableEndpoint = new Uri("https://a.table.core.windows.net/"), BlobEndpoint = new Uri("https://b.blob.core.windows.net/") };

        Assert.Equal(new Uri("https://b.blob.core.windows.net/"), options.EffectiveBlobEndpoint);
    }

    [Fact]
    public void Validate_ManagedIdentityWithoutAnyBlobEndpoint_SaysHowToConfigureIt()
    {
        var options = new StorageOptions { TableEndpoint = new Uri("https://tables.example.org/") };

        Assert.Contains(Problems(options), p => p.StartsWith("Blob Storage is not configured", StringComparison.Ordinal));
    }

    private static List<string> Problems(StorageOptions options) =>
        [.. options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage!)];
}
