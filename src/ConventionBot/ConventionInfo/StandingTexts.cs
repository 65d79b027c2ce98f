using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>What the cards say about where a convention stands and about its renewal, in French and English.</summary>
internal static class StandingTexts
{
    public static string Ended(ConventionStanding s, Language l) => l.Pick(
        $"{This(s, l)} a pris fin le {Day(s.Convention.EndDate, l)}.",
        $"{This(s, l)} ended on {Day(s.Convention.EndDate, l)}.");

    public static string RecordsStayOpen(ConventionStanding s, Language l) => s.Convention.Contribution is null
        ? l.Pick(
            $"Ses dossiers restent ouverts : vous pouvez encore compléter les bilans et les comptes-rendus de réunion des années {Years(s, l)}.",
            $"Its records stay open: you can still complete the bilans and the meeting minutes for {Years(s, l)}.")
        : l.Pick(
            $"Ses dossiers restent ouverts : vous pouvez encore compléter les bilans, les comptes-rendus de réunion et le suivi de la contribution des années {Years(s, l)}.",
            $"Its records stay open: you can still complete the bilans, the meeting minutes and the contribution follow-up for {Years(s, l)}.");

    public static string Successor(ConventionStanding s, Language l)
    {
        var kind = Kind(s);
        return s.Successor is not { } next
            ? l.Pick($"{kind.Agree("Aucun nouveau", "Aucune nouvelle")} {kind.Singular} n’a encore pris le relais.", $"No new {kind.English} has taken over yet.")
            : next.StartDate <= s.Today
                ? l.Pick($"{Named(next)} lui a succédé le {Day(next.StartDate, l)}.", $"“{next.Title}” took over on {Day(next.StartDate, l)}.")
                : l.Pick($"{Named(next)} lui succédera le {Day(next.StartDate, l)}.", $"“{next.Title}” takes over on {Day(next.StartDate, l)}.");
    }

    public static string Running(ConventionStanding s, Language l) => l.Pick(
        $"{Kind(s).Title(l)} en cours : année {s.YearNumber} sur {s.Convention.Years.Count} ({s.Today.Year}).",
        $"{Kind(s).Title(l)} running: year {s.YearNumber} of {s.Convention.Years.Count} ({s.Today.Year}).");

    public static string Elapsed(ConventionStanding s, Language l) => l.Pick(
        $"Durée écoulée : {s.ElapsedPercent} %. Fin le {Day(s.Convention.EndDate, l)} ({DurationText.DaysFromNow(s.DaysToEnd, l)}).",
        $"Time elapsed: {s.ElapsedPercent}%. Ends on {Day(s.Convention.EndDate, l)} ({DurationText.DaysFromNow(s.DaysToEnd, l)}).");

    public static string NotStarted(ConventionStanding s, Language l) => l.Pick(
        $"{This(s, l)} commence le {Day(s.Convention.StartDate, l)} ({DurationText.DaysFromNow(s.DaysToStart, l)}).",
        $"{This(s, l)} starts on {Day(s.Convention.StartDate, l)} ({DurationText.DaysFromNow(s.DaysToStart, l)}).");

    /// <summary>One line for the chantier and deadline cards of an ended convention.</summary>
    public static string EndedShort(ConventionStanding s, Language l) => l.Pick(
        $"{Kind(s).Title(l)} {Kind(s).Agree("terminé", "terminée")} le {Day(s.Convention.EndDate, l)} ; ses dossiers restent ouverts.",
        $"{Kind(s).Title(l)} ended on {Day(s.Convention.EndDate, l)}; its records stay open.");

    public static string AdminRenewal(ConventionStanding s, Language l) => s.Phase == ConventionPhase.Ended
        ? l.Pick("**Administrateurs** : il est temps de préparer son renouvellement.", "**Admins**: it is time to prepare its renewal.")
        : l.Pick(
            $"**Administrateurs** : {Kind(s).Agree("il", "elle")} se termine dans moins de {ConventionStanding.RenewalNoticeMonths} mois, pensez à préparer son renouvellement.",
            $"**Admins**: it ends within {ConventionStanding.RenewalNoticeMonths} months; start preparing its renewal.");

    public static string RenewalButton(Language l) => l.Pick("Préparer le renouvellement", "Prepare the renewal");

    public static IReadOnlyList<string> RenewalSteps(ConventionStanding s, Language l) =>
    [
        s.Convention.Contribution is null
            ? l.Pick($"Clôturer les bilans annuels des années {Years(s, l)} (commande **échéances**).",
                $"Close the annual bilans for {Years(s, l)} (command **deadlines**).")
            : l.Pick($"Clôturer les bilans annuels et la contribution des années {Years(s, l)} (commande **échéances**).",
                $"Close the annual bilans and the contribution for {Years(s, l)} (command **deadlines**)."),
        l.Pick($"Réunir le comité de pilotage pour tirer le bilan {Kind(s).Of(l)} et fixer les priorités {Kind(s).Agree("du suivant", "de la suivante")}.",
            $"Hold a steering committee to review {Kind(s).The(l)} and set the priorities of the next one."),
        l.Pick($"Rédiger {Kind(s).Agree("le nouveau", "la nouvelle")} {Kind(s).Singular} avec les partenaires et {Kind(s).Agree("le", "la")} soumettre à délibération.",
            $"Draft the new {Kind(s).English} with the partners and submit it for approval."),
        l.Pick($"Une fois {Kind(s).Agree("signé", "signée")}, ajouter son fichier de définition à ceux de ConventionBot (dossier Conventions/Definitions) : le bot {Kind(s).Agree("le", "la")} suivra dès sa date de début.",
            "Once signed, add its definition file to ConventionBot's (Conventions/Definitions folder): the bot follows it from its start date."),
    ];

    public static string RenewalTitle(ConventionStanding s, Language l) =>
        l.Pick($"Préparer le renouvellement {Kind(s).Of(l)}", $"Prepare the renewal {Kind(s).Of(l)}");

    public static string RenewalDetail(ConventionStanding s, Language l) => s.Phase == ConventionPhase.Ended
        ? l.Pick(
            $"{Named(s.Convention)} a pris fin le {Day(s.Convention.EndDate, l)} et {Kind(s).Agree("aucun", "aucune")} {Kind(s).Singular} ne lui succède encore.",
            $"“{s.Convention.Title}” ended on {Day(s.Convention.EndDate, l)} and no {Kind(s).English} succeeds it yet.")
        : l.Pick(
            $"{Named(s.Convention)} prend fin le {Day(s.Convention.EndDate, l)} : bilan final, comité de pilotage, {Kind(s).Agree("nouveau", "nouvelle")} {Kind(s).Singular}.",
            $"“{s.Convention.Title}” ends on {Day(s.Convention.EndDate, l)}: final bilan, steering committee, new {Kind(s).English}.");

    private static string Day(DateOnly date, Language l) => DateText.Day(date, l);

    private static LevelWord Kind(ConventionStanding s) => s.Convention.Kind;

    /// <summary>"Cette convention", "Ce programme", "This convention".</summary>
    private static string This(ConventionStanding s, Language l) => Typography.Capitalised(Kind(s).This(l));

    /// <summary>"La « Convention de partenariat 2025-2027 »", "Le « Programme Local de l’Habitat… »".</summary>
    private static string Named(ConventionDefinition convention) => Typography.Capitalised(convention.Kind.Article) + $"« {convention.Title} »";

    private static string Years(ConventionStanding s, Language l) => s.Convention.StartDate.Year == s.Convention.EndDate.Year
        ? $"{s.Convention.StartDate.Year}"
        : l.Pick($"{s.Convention.StartDate.Year} à {s.Convention.EndDate.Year}", $"{s.Convention.StartDate.Year} to {s.Convention.EndDate.Year}");
}
