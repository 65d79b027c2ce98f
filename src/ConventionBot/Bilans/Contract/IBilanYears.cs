using ConventionBot.Conventions;

namespace ConventionBot.Bilans.Contract;

/// <summary>
/// The bilans of a convention's years, read-only: the contract through which other features (the yearly contribution,
/// the consolidated bilan) read the bilan feature, registered once by <c>AddBilans()</c>.
/// </summary>
public interface IBilanYears
{
    /// <summary>The year's campaign and every chantier of <paramref name="convention"/>'s current bilan.</summary>
    Task<BilanYear> LoadYearAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken);

    /// <summary>Every year of <paramref name="convention"/>, read once per <c>ReadMemo</c> scope by the parts of a card that need it.</summary>
    Task<IReadOnlyList<BilanYear>> LoadSharedYearsAsync(ConventionDefinition convention, CancellationToken cancellationToken);

    /// <summary>The year's bilan and its contribution row, in one query.</summary>
    Task<BilanPartition> LoadPartitionAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken);

    /// <summary>Every year's bilan and contribution row, in one query, read once per <c>ReadMemo</c> scope.</summary>
    Task<IReadOnlyList<BilanPartition>> LoadSharedPartitionsAsync(ConventionDefinition convention, CancellationToken cancellationToken);
}
