using ConventionBot.Conventions;
using ConventionBot.Access;
using ConventionBot.Funding.Contract;

namespace ConventionBot.Funding;

/// <summary>The dossier's files for the consolidated bilan, each with a signed download link (every version, not only the card's newest).</summary>
internal sealed class DossierDocuments(DossierService dossier, ISignedLinks links) : IDossierDocuments
{
    public async Task<IReadOnlyList<DossierDocument>> ListAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var files = await dossier.ListAsync(convention.Id, year, cancellationToken).ConfigureAwait(false);
        return [.. DossierItems.All(convention.Contribution).SelectMany(item => files
            .Where(f => f.ItemId == item.Id)
            .OrderBy(f => f.UploadId, StringComparer.Ordinal)
            .Select((f, i) => new DossierDocument(item.Label, f.FileName, i + 1, f.Size, f.At, f.By, links.Create(DossierPaths.Download(f)).Url)
            {
                RejectedReason = f.Rejection?.Reason,
                RejectedBy = f.Rejection?.By,
                RejectedAt = f.Rejection?.At,
            }))];
    }
}
