using ConventionBot.Conventions;

namespace ConventionBot.Funding;

/// <summary>
/// The dossier items that take files: every document of art. 3 but the convention's bilan, which the bot ticks
/// itself from the validated bilans and produces as the consolidated document.
/// </summary>
internal static class DossierItems
{
    public static IReadOnlyList<ContributionDocument> All(ContributionTerms? terms) =>
        [.. (terms?.Documents ?? []).Where(d => d.Id != FundingChecklist.BilanDocumentId)];

    public static ContributionDocument? Find(ContributionTerms? terms, string? itemId) =>
        All(terms).FirstOrDefault(d => d.Id == itemId);
}
