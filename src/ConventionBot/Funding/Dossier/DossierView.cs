using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Access;

namespace ConventionBot.Funding;

/// <summary>What the contribution card shows of the dossier's files: the files, and links signed for the person it is shown to.</summary>
internal sealed record DossierView(
    IReadOnlyList<DossierFile> Files, IReadOnlyDictionary<string, Uri> UploadLinks, IReadOnlyDictionary<string, Uri> DownloadLinks, DateTimeOffset? UploadExpiresAt)
{
    /// <summary>
    /// Files shown per item on the card with a download link: the newest; the older versions are counted (the consolidated
    /// bilan lists them all). Six items with three versions each would not fit in a Teams card otherwise.
    /// </summary>
    public const int ShownPerItem = 1;

    public static DossierView Empty { get; } = new([], new Dictionary<string, Uri>(), new Dictionary<string, Uri>(), null);

    /// <summary>An item's files, newest first.</summary>
    public IReadOnlyList<DossierFile> Of(string itemId) => [.. Files.Where(f => f.ItemId == itemId).OrderByDescending(f => f.UploadId, StringComparer.Ordinal)];
}

/// <summary>Reads a year's dossier files and signs the card's links: one upload link per item, one download link per file shown.</summary>
internal sealed class DossierViews(DossierService dossier, DossierUploadLinks uploads, ISignedLinks downloads)
{
    public async Task<DossierView> LoadAsync(ConventionDefinition convention, int year, Caller caller, CancellationToken cancellationToken)
    {
        var items = DossierItems.All(convention.Contribution);
        var files = await dossier.ListAsync(convention.Id, year, cancellationToken).ConfigureAwait(false);
        var uploadLinks = items.ToDictionary(d => d.Id, d => uploads.Create(DossierPaths.Upload(convention.Id, year, d.Id), caller), StringComparer.Ordinal);
        var view = new DossierView(files, uploadLinks.ToDictionary(p => p.Key, p => p.Value.Url, StringComparer.Ordinal), new Dictionary<string, Uri>(), uploadLinks.Values.FirstOrDefault()?.ExpiresAt);
        var shown = items.SelectMany(d => view.Of(d.Id).Take(DossierView.ShownPerItem));
        return view with { DownloadLinks = shown.ToDictionary(f => f.UploadId, f => downloads.Create(DossierPaths.Download(f)).Url, StringComparer.Ordinal) };
    }
}
