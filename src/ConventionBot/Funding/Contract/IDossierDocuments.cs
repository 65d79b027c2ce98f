using ConventionBot.Conventions;

namespace ConventionBot.Funding.Contract;

/// <summary>
/// What the consolidated bilan and its CSV need from the contribution feature: the files received for a year's dossier
/// (art. 3): the contract through which Exports reads the contribution feature, registered by <c>AddFunding()</c>.
/// </summary>
public interface IDossierDocuments
{
    /// <summary>Every file of the year, every version, by item in the convention's order then oldest first.</summary>
    Task<IReadOnlyList<DossierDocument>> ListAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken);
}

/// <summary>A dossier file as the consolidated bilan lists it.</summary>
/// <param name="Item">The dossier item's label, as written in the convention.</param>
/// <param name="Version">1 for the item's first file, then 2, 3…</param>
/// <param name="Download">A signed, expiring link to the file.</param>
public sealed record DossierDocument(string Item, string FileName, int Version, long Size, DateTimeOffset At, string? By, Uri Download)
{
    /// <summary>Why an admin refused it, who and when; null while it stands.</summary>
    public string? RejectedReason { get; init; }

    public string? RejectedBy { get; init; }

    public DateTimeOffset? RejectedAt { get; init; }
}
