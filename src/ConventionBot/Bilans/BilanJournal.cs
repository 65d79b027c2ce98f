using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Journal;

namespace ConventionBot.Bilans;

/// <summary>The bilan's changes as the audit journal words them (plain French; typography is set when shown).</summary>
internal static class BilanJournal
{
    public static JournalChange Written(ConventionDefinition convention, int year, ChantierBilan written, BilanEvent @event) =>
        Chantier(convention, year, written.Chantier, Summary(written, @event));

    public static JournalChange CampaignOpened(string conventionId, int year, DateOnly deadline) => new(
        conventionId, $"Campagne de bilan {year}", $"ouverte, date limite de remise le {DateText.Numeric(deadline)}", year);

    public static JournalChange DeadlineChanged(string conventionId, int year, DateOnly deadline) => new(
        conventionId, $"Campagne de bilan {year}", $"date limite de remise reportée au {DateText.Numeric(deadline)}", year);

    /// <summary>Any change to one item's bilan of a year (its versions, its delay), the item in its definition's word ("action 12").</summary>
    public static JournalChange Chantier(ConventionDefinition convention, int year, int chantier, string summary) => new(
        convention.Id, $"Bilan {year} · {convention.Levels.Item.Singular} {chantier}", summary, year, chantier);

    private static string Summary(ChantierBilan written, BilanEvent @event)
    {
        var what = @event switch
        {
            BilanEvent.Submitted => "soumis",
            BilanEvent.Validated => "validé",
            BilanEvent.ChangesRequested => "modifications demandées",
            _ => "brouillon enregistré",
        };
        var comment = written.ReviewComment is { Length: > 0 } c && @event is BilanEvent.Validated or BilanEvent.ChangesRequested
            ? $", commentaire : « {c} »" : "";
        return $"{what} (version {written.Version}){comment}";
    }
}

