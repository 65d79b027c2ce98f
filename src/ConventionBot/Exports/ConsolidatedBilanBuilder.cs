using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Funding.Contract;
using ConventionBot.Meetings.Contract;
using ConventionBot.Journal;

namespace ConventionBot.Exports;

/// <summary>Gathers a year's consolidated bilan: the chantiers' current bilans, the meetings the meetings feature knows, the dossier's files.</summary>
public sealed class ConsolidatedBilanBuilder(IBilanYears bilans, IYearMeetingsSource meetings, IDossierDocuments dossier, AuditJournal journal, TimeProvider time)
{
    public async Task<ConsolidatedBilan> BuildAsync(ConventionDefinition convention, int year, CancellationToken cancellationToken) => new(
        convention,
        await bilans.LoadYearAsync(convention, year, cancellationToken).ConfigureAwait(false),
        await meetings.ListAsync(convention, year, cancellationToken).ConfigureAwait(false),
        await journal.ListAsync(convention.Id, year, cancellationToken).ConfigureAwait(false),
        time.GetUtcNow())
    {
        Dossier = await dossier.ListAsync(convention, year, cancellationToken).ConfigureAwait(false),
    };
}
