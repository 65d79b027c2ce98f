using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Funding.Contract;
using ConventionBot.Meetings.Contract;
using ConventionBot.Journal;

namespace ConventionBot.Exports;

/// <summary>
/// A year's bilan as the COPIL reads it: every chantier's contribution, the totals, the year's governance meetings,
/// the contribution dossier's files, and the year's changes from the audit journal (its annex).
/// </summary>
public sealed record ConsolidatedBilan(
    ConventionDefinition Convention, BilanYear Year, IReadOnlyList<YearMeeting> Meetings, IReadOnlyList<JournalEntry> Journal, DateTimeOffset GeneratedAt)
{
    /// <summary>The files received for the year's contribution dossier (art. 3), every version.</summary>
    public IReadOnlyList<DossierDocument> Dossier { get; init; } = [];

    /// <summary>The sum of a numeric indicator over the items that reported it; null when none did.</summary>
    public decimal? Total(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var reported = Year.Chantiers
            .Select(c => c.Content.Figures.TryGetValue(indicator.Id, out var v) ? Indicator.Number(v) : null)
            .OfType<decimal>()
            .ToList();
        return indicator.IsNumeric && reported.Count > 0 ? reported.Sum() : null;
    }

    /// <summary>The chantiers that used a modality of intervention.</summary>
    public IReadOnlyList<int> ChantiersUsing(InterventionModality modality)
    {
        ArgumentNullException.ThrowIfNull(modality);
        return [.. Year.Chantiers.Where(c => c.Content.Modalities.Contains(modality.Number)).Select(c => c.Chantier)];
    }
}
