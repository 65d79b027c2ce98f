using ConventionBot.Calendar;

namespace ConventionBot.Bilans.Contract;

/// <summary>How a bilan's status, progress and year read, in French and English, wherever they are shown (cards, documents).</summary>
public static class BilanLabels
{
    public static string Status(Language l, BilanStatus status) => status switch
    {
        BilanStatus.NotStarted => l.Pick("Non commencé", "Not started"),
        BilanStatus.Draft => l.Pick("Brouillon", "Draft"),
        BilanStatus.Submitted => l.Pick("Soumis", "Submitted"),
        BilanStatus.ChangesRequested => l.Pick("Modifications demandées", "Changes requested"),
        _ => l.Pick("Validé", "Validated"),
    };

    public static string Progress(Language l, BilanProgress progress) => progress switch
    {
        BilanProgress.NotEngaged => l.Pick("Non engagé", "Not started"),
        BilanProgress.InProgress => l.Pick("En cours", "In progress"),
        BilanProgress.WellAdvanced => l.Pick("Bien avancé", "Well advanced"),
        _ => l.Pick("Achevé", "Completed"),
    };

    public static string ProgressValue(Language l, BilanYear year) => l.Pick(
        $"{NumberText.Count(year.Count(BilanStatus.Validated), Language.French, "validé", "validés")}, {year.Count(BilanStatus.Submitted)} soumis, {year.Chantiers.Count(c => !c.IsHandedIn)} à rendre sur {year.Chantiers.Count}",
        $"{year.Count(BilanStatus.Validated)} validated, {year.Count(BilanStatus.Submitted)} submitted, {year.Chantiers.Count(c => !c.IsHandedIn)} to hand in out of {year.Chantiers.Count}");

    /// <summary>
    /// The Métropole's review comment, with its outcome, who and when, in words: "Validé par …, le … : « … »".
    /// Null when the chantier has no review comment.
    /// </summary>
    public static string? Review(Language l, ChantierBilan bilan)
    {
        ArgumentNullException.ThrowIfNull(bilan);
        if (bilan.ReviewComment is not { } comment)
        {
            return null;
        }
        var who = (bilan.ReviewedBy, bilan.ReviewedAt) switch
        {
            ({ } by, { } at) => l.Pick($" par {by}, le {DateText.Moment(at, l)}", $" by {by}, {DateText.Moment(at, l)}"),
            ({ } by, null) => l.Pick($" par {by}", $" by {by}"),
            _ => "",
        };
        return bilan.Status == BilanStatus.Validated
            ? l.Pick($"Validé{who}, avec ce commentaire : « {comment} »", $"Validated{who}, with this comment: “{comment}”")
            : l.Pick($"Modifications demandées{who} : « {comment} »", $"Changes requested{who}: “{comment}”");
    }

    /// <summary>The button that leads back to the year's campaign card (<see cref="BilanVerbs.Campaign"/>).</summary>
    public static string BackToCampaign(Language l) => l.Pick("Retour à la campagne", "Back to the campaign");
}
