using ConventionBot.Calendar;
using ConventionBot.Journal;

namespace ConventionBot.Bilans;

/// <summary>The bilan's changes as the audit journal words them (plain French; typography is set when shown).</summary>
internal static class BilanJournal
{
    public static JournalChange Written(string conventionId, int year, ChantierBilanChange change) =>
        Chantier(conventionId, year, change.Chantier, Summary(change));

    public static JournalChange CampaignOpened(string conventionId, int year, DateOnly deadline) => new(
        conventionId, $"Campagne de bilan {year}", $"ouverte, date limite de remise le {DateText.Numeric(deadline)}", year);

    public static JournalChange DeadlineChanged(string conventionId, int year, DateOnly deadline) => new(
        conventionId, $"Campagne de bilan {year}", $"date limite de remise reportée au {DateText.Numeric(deadline)}", year);

    /// <summary>Any change to one chantier's bilan of a year (its versions, its delay).</summary>
    public static JournalChange Chantier(string conventionId, int year, int chantier, string summary) => new(
        conventionId, $"Bilan {year} · chantier {chantier}", summary, year, chantier);

    private static string Summary(ChantierBilanChange change)
    {
        var what = change.Event switch
        {
            BilanEvent.Submitted => "soumis à la Métropole",
            BilanEvent.Validated => "validé",
            BilanEvent.ChangesRequested => "modifications demandées",
            _ => "brouillon enregistré",
        };
        var comment = change.Comment is { Length: > 0 } c && change.Event is BilanEvent.Validated or BilanEvent.ChangesRequested
            ? $", commentaire : « {c} »" : "";
        return $"{what} (version {change.Version}){comment}";
    }
}

/// <summary>What <see cref="BilanJournal"/> needs of a chantier's written version.</summary>
internal sealed record ChantierBilanChange(int Chantier, BilanEvent Event, int Version, string? Comment);
