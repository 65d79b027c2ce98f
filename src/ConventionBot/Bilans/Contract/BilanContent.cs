using ConventionBot.Conventions;

namespace ConventionBot.Bilans.Contract;

/// <summary>What contributors write for one chantier: the fields of the form.</summary>
/// <param name="Modalities">Numbers of the convention's modalities of intervention used.</param>
/// <param name="Figures">
/// The indicators' values by <see cref="Indicator.Id"/>, as stored (numbers in invariant culture); one left empty is absent.
/// </param>
public sealed record BilanContent(
    IReadOnlyList<int> Modalities,
    string Actions,
    IReadOnlyDictionary<string, string> Figures,
    string Difficulties,
    string Outlook,
    BilanProgress? Progress)
{
    public static BilanContent Empty { get; } = new([], "", new Dictionary<string, string>(), "", "", null);

    /// <summary>The short labels of the <paramref name="convention"/>'s modalities this content names, in the convention's order.</summary>
    public string ModalityNames(ConventionDefinition convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return string.Join(", ", convention.Modalities.Where(m => Modalities.Contains(m.Number)).Select(m => m.ShortLabel));
    }
}

/// <summary>How far the chantier's work of the year went, as its contributors judge it.</summary>
public enum BilanProgress
{
    NotEngaged,
    InProgress,
    WellAdvanced,
    Completed,
}
