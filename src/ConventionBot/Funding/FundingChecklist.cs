using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;

namespace ConventionBot.Funding;

/// <summary>
/// The dossier of art. 3, document by document. The convention's bilan (document <see cref="BilanDocumentId"/>) is
/// ticked automatically once every chantier of the year's bilan is validated; the others are ticked by admins.
/// </summary>
public static class FundingChecklist
{
    /// <summary>The id, in the convention definition, of the document that is the year's bilan.</summary>
    public const string BilanDocumentId = "bilan-convention";

    public static IReadOnlyList<FundingDocumentState> Items(ContributionTerms terms, FundingRecord record, BilanYear bilan)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(bilan);
        return [.. terms.Documents.Select(d => d.Id == BilanDocumentId
            ? new FundingDocumentState(d, bilan.IsFullyValidated, IsAutomatic: true)
            : new FundingDocumentState(d, record.DocumentsReceived.Contains(d.Id), IsAutomatic: false))];
    }

    /// <summary>True once the call is sent with its whole dossier (the validated bilan included).</summary>
    public static bool IsCallComplete(ContributionTerms terms, FundingRecord record, BilanYear bilan) =>
        record.CallSentOn is not null && Items(terms, record, bilan).All(i => i.Received);
}
