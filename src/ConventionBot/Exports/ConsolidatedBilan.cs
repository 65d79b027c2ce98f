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

    /// <summary>The sum of a figure over the chantiers that reported it; null when none did.</summary>
    public int? Total(BilanFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var reported = Year.Chantiers.Where(c => c.Content.Figures.ContainsKey(figure.Id)).ToList();
        return reported.Count == 0 ? null : reported.Sum(c => c.Content.Figures[figure.Id]);
    }

    /// <summary>The chantiers that used a modality of intervention.</summary>
    public IReadOnlyList<int> ChantiersUsing(InterventionModality modality)
    {
        ArgumentNullException.ThrowIfNull(modality);
        return [.. Year.Chantiers.Where(c => c.Content.Modalities.Contains(modality.Number)).Select(c => c.Chantier)];
    }
}
