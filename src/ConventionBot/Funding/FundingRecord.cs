using ConventionBot.Conventions;

namespace ConventionBot.Funding;

/// <summary>A year's contribution: the call for funds, the dossier received, the amount decided, the payment.</summary>
/// <param name="DocumentsReceived">Ids of the dossier's documents received (the bilan is ticked from the bilan campaign, not here).</param>
/// <param name="ReducedAmount">The amount when <see cref="Decision"/> is <see cref="FundingDecision.Reduced"/>.</param>
/// <param name="Reason">Why the contribution is reduced or suspended.</param>
/// <param name="ETag">The storage version the next save must match; null before the first save.</param>
public sealed record FundingRecord(
    string ConventionId,
    int Year,
    DateOnly? CallSentOn,
    IReadOnlyList<string> DocumentsReceived,
    FundingDecision Decision,
    decimal? ReducedAmount,
    string? Reason,
    DateOnly? PaidOn,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt,
    string? ETag)
{
    public static FundingRecord New(string conventionId, int year) =>
        new(conventionId, year, null, [], FundingDecision.Full, null, null, null, null, null, null);

    /// <summary>The amount due this year under the convention's terms and the Métropole's decision.</summary>
    public decimal AmountDue(ContributionTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return Decision switch
        {
            FundingDecision.Suspended => 0,
            FundingDecision.Reduced => ReducedAmount ?? terms.AnnualAmount,
            _ => terms.AnnualAmount,
        };
    }
}
