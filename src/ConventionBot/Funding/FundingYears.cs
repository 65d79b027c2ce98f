using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;

namespace ConventionBot.Funding;

/// <summary>
/// Reads a year's contribution with the year's bilan (whose full validation ticks the dossier): both live in the
/// year's bilan partition, so one query returns them. Read-only, so renderers and reports can use it without
/// depending on the scheduler.
/// </summary>
public sealed class FundingYears(IBilanYears bilans)
{
    public async Task<FundingYear> LoadAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return ToYear(convention, await bilans.LoadPartitionAsync(convention, year, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every year of the convention, in one query, shared with the bilans' part of a card.</summary>
    public async Task<IReadOnlyList<FundingYear>> LoadAllAsync(ConventionDefinition convention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return [.. (await bilans.LoadSharedPartitionsAsync(convention, cancellationToken).ConfigureAwait(false)).Select(p => ToYear(convention, p))];
    }

    private static FundingYear ToYear(ConventionDefinition convention, BilanPartition partition) =>
        new(FundingStore.FromPartition(convention.Id, partition), partition.Year);
}

/// <summary>A year's contribution and the year's bilan, whose full validation ticks the dossier's bilan.</summary>
public sealed record FundingYear(FundingRecord Record, BilanYear Bilan);
