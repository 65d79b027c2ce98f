using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;

namespace ConventionBot.Funding;

/// <summary>
/// Reads a year's contribution with the year's bilan (whose full validation ticks the dossier). Read-only, so
/// renderers and reports can use it without depending on the scheduler.
/// </summary>
public sealed class FundingYears(FundingStore funding, IBilanYears bilans)
{
    public async Task<FundingYear> LoadAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return new FundingYear(
            await funding.LoadAsync(convention.Id, year, cancellationToken).ConfigureAwait(false),
            await bilans.LoadYearAsync(convention, year, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every year of the convention, in two queries; the bilans are shared with the other parts of a card.</summary>
    public async Task<IReadOnlyList<FundingYear>> LoadAllAsync(ConventionDefinition convention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var records = funding.LoadAllAsync(convention.Id, convention.Years, cancellationToken);
        var years = bilans.LoadSharedYearsAsync(convention, cancellationToken);
        await Task.WhenAll(records, years).ConfigureAwait(false);
        return [.. (await records.ConfigureAwait(false)).Zip(await years.ConfigureAwait(false), (record, bilan) => new FundingYear(record, bilan))];
    }
}

/// <summary>A year's contribution and the year's bilan, whose full validation ticks the dossier's bilan.</summary>
public sealed record FundingYear(FundingRecord Record, BilanYear Bilan);
