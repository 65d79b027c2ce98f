namespace ConventionBot.Conventions;

/// <summary>The yearly financial contribution and its payment dossier (art. 3).</summary>
/// <param name="AnnualAmount">Amount due each year, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code, e.g. EUR.</param>
/// <param name="PayerPartyId">The party that pays.</param>
/// <param name="CallerPartyId">The party that calls the contribution each year with the dossier.</param>
/// <param name="Documents">The dossier supporting each yearly call.</param>
/// <param name="PayerRights">What the payer may do if the convention is not carried out.</param>
public sealed record ContributionTerms(
    decimal AnnualAmount,
    string Currency,
    string PayerPartyId,
    string CallerPartyId,
    string Purpose,
    IReadOnlyList<ContributionDocument> Documents,
    string PayerRights);
