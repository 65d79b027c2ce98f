using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>What the cards say about where a convention stands and about its renewal, in French and English.</summary>
internal static class StandingTexts
{
    public static string Ended(ConventionStanding s, Language l) => l.Pick(
        $"Cette convention a pris fin le {Day(s.Convention.EndDate, l)}.",
        $"This convention ended on {Day(s.Convention.EndDate, l)}.");

    public static string RecordsStayOpen(ConventionStanding s, Language l) => l.Pick(
        $"Ses dossiers restent ouverts : vous pouvez encore compléter les bilans, les comptes-rendus de réunion et le suivi de la contribution des années {Years(s, l)}.",
        $"Its records stay open: you can still complete the bilans, the meeting minutes and the contribution follow-up for {Years(s, l)}.");

    public static string Successor(ConventionStanding s, Language l) => s.Successor is not { } next
        ? l.Pick("Aucune nouvelle convention n’a encore pris le relais.", "No new convention has taken over yet.")
        : next.StartDate <= s.Today
            ? l.Pick($"La « {next.Title} » lui a succédé le {Day(next.StartDate, l)}.", $"“{next.Title}” took over on {Day(next.StartDate, l)}.")
            : l.Pick($"La « {next.Title} » lui succédera le {Day(next.StartDate, l)}.", $"“{next.Title}” takes over on {Day(next.StartDate, l)}.");

    public static string Running(ConventionStanding s, Language l) => l.Pick(
        $"Convention en cours : année {s.YearNumber} sur {s.Convention.Years.Count} ({s.Today.Year}).",
        $"Convention running: year {s.YearNumber} of {s.Convention.Years.Count} ({s.Today.Year}).");

    public static string Elapsed(ConventionStanding s, Language l) => l.Pick(
        $"Durée écoulée : {s.ElapsedPercent} %. Fin le {Day(s.Convention.EndDate, l)} ({DurationText.DaysFromNow(s.DaysToEnd, l)}).",
        $"Time elapsed: {s.ElapsedPercent}%. Ends on {Day(s.Convention.EndDate, l)} ({DurationText.DaysFromNow(s.DaysToEnd, l)}).");

    public static string NotStarted(ConventionStanding s, Language l) => l.Pick(
        $"Cette convention commence le {Day(s.Convention.StartDate, l)} ({DurationText.DaysFromNow(s.DaysToStart, l)}).",
        $"This convention starts on {Day(s.Convention.StartDate, l)} ({DurationText.DaysFromNow(s.DaysToStart, l)}).");

    /// <summary>One line for the chantier and deadline cards of an ended convention.</summary>
    public static string EndedShort(ConventionStanding s, Language l) => l.Pick(
        $"Convention terminée le {Day(s.Convention.EndDate, l)} ; ses dossiers restent ouverts.",
        $"Convention ended on {Day(s.Convention.EndDate, l)}; its records stay open.");

    public static string AdminRenewal(ConventionStanding s, Language l) => s.Phase == ConventionPhase.Ended
        ? l.Pick("**Administrateurs** : il est temps de préparer son renouvellement.", "**Admins**: it is time to prepare its renewal.")
        : l.Pick(
            $"**Administrateurs** : elle se termine dans moins de {ConventionStanding.RenewalNoticeMonths} mois, pensez à préparer son renouvellement.",
            $"**Admins**: it ends within {ConventionStanding.RenewalNoticeMonths} months; start preparing its renewal.");

    public static string RenewalButton(Language l) => l.Pick("Préparer le renouvellement", "Prepare the renewal");

    public static IReadOnlyList<string> RenewalSteps(ConventionStanding s, Language l) =>
    [
        l.Pick($"Clôturer les bilans annuels et la contribution des années {Years(s, l)} (commande **échéances**).",
            $"Close the annual bilans and the contribution for {Years(s, l)} (command **deadlines**)."),
        l.Pick("Réunir le comité de pilotage pour tirer le bilan de la convention et fixer les priorités de la suivante.",
            "Hold a steering committee to review the convention and set the priorities of the next one."),
        l.Pick("Rédiger la nouvelle convention avec les partenaires et la soumettre à délibération.",
            "Draft the new convention with the partners and submit it for approval."),
        l.Pick("Une fois signée, ajouter son fichier de définition à ceux de ConventionBot (dossier Conventions/Definitions) : le bot la suivra dès sa date de début.",
            "Once signed, add its definition file to ConventionBot's (Conventions/Definitions folder): the bot follows it from its start date."),
    ];

    public static string RenewalTitle(Language l) => l.Pick("Préparer le renouvellement de la convention", "Prepare the renewal of the convention");

    public static string RenewalDetail(ConventionStanding s, Language l) => s.Phase == ConventionPhase.Ended
        ? l.Pick(
            $"La « {s.Convention.Title} » a pris fin le {Day(s.Convention.EndDate, l)} et aucune convention ne lui succède encore.",
            $"“{s.Convention.Title}” ended on {Day(s.Convention.EndDate, l)} and no convention succeeds it yet.")
        : l.Pick(
            $"La « {s.Convention.Title} » prend fin le {Day(s.Convention.EndDate, l)} : bilan final, comité de pilotage, nouvelle convention.",
            $"“{s.Convention.Title}” ends on {Day(s.Convention.EndDate, l)}: final bilan, steering committee, new convention.");

    private static string Day(DateOnly date, Language l) => DateText.Day(date, l);

    private static string Years(ConventionStanding s, Language l) => s.Convention.StartDate.Year == s.Convention.EndDate.Year
        ? $"{s.Convention.StartDate.Year}"
        : l.Pick($"{s.Convention.StartDate.Year} à {s.Convention.EndDate.Year}", $"{s.Convention.StartDate.Year} to {s.Convention.EndDate.Year}");
}
