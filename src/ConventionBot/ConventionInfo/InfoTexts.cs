using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>The labels of the convention, chantier and deadline cards, in French and English.</summary>
internal static class InfoTexts
{
    public static string ConventionHelp(Language l) => l.Pick(
        "Résumé de la convention : parties, dates, où nous en sommes, axes, chantiers, contribution.",
        "Summary of the convention: parties, dates, where we stand, axes, workstreams, contribution.");

    public static string ChantiersHelp(int count, Language l) => l.Pick(
        $"Les {count} chantiers opérationnels, par axe.", $"The {count} operational workstreams (chantiers), by axis.");

    public static string ChantierHelp(Language l) => l.Pick(
        "La fiche d’un chantier, par son numéro ou un mot de son titre (« chantier npnru »).",
        "One workstream, by its number or a word of its title (“workstream npnru”).");

    public static string DeadlinesHelp(Language l) => l.Pick(
        "Les prochaines échéances, celles en retard d’abord.", "Upcoming deadlines, overdue ones first.");

    public static string ChantierUsage(Language l) => l.Pick("chantier 5", "workstream 5");

    public static string ChantiersUsage(Language l) => l.Pick("chantiers", "workstreams");

    public static string DeadlinesUsage(Language l) => l.Pick("échéances", "deadlines");

    public static string Funder(Language l) => l.Pick("Financeur", "Funder");

    public static string Beneficiary(Language l) => l.Pick("Bénéficiaire", "Beneficiary");

    public static string Period(Language l) => l.Pick("Durée", "Period");

    public static string FromTo(DateOnly start, DateOnly end, Language l) => l.Pick(
        $"du {DateText.Date(start, l)} au {DateText.Date(end, l)}",
        $"from {DateText.Date(start, l)} to {DateText.Date(end, l)}");

    public static string AxesAndChantiers(Language l) => l.Pick("Axes et chantiers", "Axes and workstreams");

    public static string Axis(int number, Language l) => l.Pick($"Axe {number}", $"Axis {number}");

    public static string Chantier(int number, Language l) => l.Pick($"Chantier {number}", $"Workstream {number}");

    public static string Open(Language l) => l.Pick("Voir", "Open");

    public static string Governance(Language l) => l.Pick("Gouvernance", "Governance");

    public static string Meetings(string name, int minimum, Language l) => l.Pick(
        $"{name}, au moins {minimum} par an", $"{name}, at least {minimum} a year");

    public static string AnnualBilan(Language l) => l.Pick("Bilan annuel", "Annual bilan");

    public static string BilanRule(string author, string? instance, Language l) => instance is null
        ? l.Pick($"chaque année (rédaction : {author})", $"each year (written by {author})")
        : l.Pick($"chaque année, avant le {instance} (rédaction : {author})", $"each year, before the {instance} (written by {author})");

    public static string Contribution(Language l) => l.Pick("Contribution financière", "Financial contribution");

    public static string Amount(Language l) => l.Pick("Montant", "Amount");

    public static string PerYearAmount(string amount, Language l) => l.Pick($"{amount} par an", $"{amount} a year");

    public static string PaidBy(Language l) => l.Pick("Versée par", "Paid by");

    public static string CalledBy(Language l) => l.Pick("Appelée par", "Called by");

    public static string Dossier(Language l) => l.Pick(
        "Chaque appel de fonds est accompagné de :", "Each call for funds comes with:");

    public static string Description(Language l) => l.Pick("Description", "Description");

    public static string Note(string note, Language l) => l.Pick($"Note : {note}", $"Note: {note}");

    public static string Expected(Language l) => l.Pick("Ce qui est attendu", "What is expected");

    public static string Modalities(Language l) => l.Pick("Modalités d’intervention", "Modalities of intervention");

    public static string AllChantiers(Language l) => l.Pick("Tous les chantiers", "All workstreams");

    public static string TheConvention(Language l) => l.Pick("La convention", "The convention");

    public static string Deadlines(Language l) => l.Pick("Échéances", "Deadlines");

    public static string ChantiersTitle(int count, string convention, Language l) => l.Pick(
        $"Les {count} chantiers — {convention}", $"The {count} workstreams — {convention}");

    public static string ChantierNotFound(string query, int count, Language l) => l.Pick(
        $"Je ne trouve pas de chantier « {Typography.Excerpt(query)} ». La convention en compte {count} : choisissez-en un.",
        $"I cannot find a workstream “{Typography.Excerpt(query)}”. The convention has {count}: pick one.");

    public static string ChantierAmbiguous(string query, Language l) => l.Pick(
        $"« {Typography.Excerpt(query)} » correspond à plusieurs chantiers : lequel voulez-vous voir ?",
        $"“{Typography.Excerpt(query)}” matches several workstreams: which one do you want?");

    public static string ConventionNotFound(string query, Language l) => l.Pick(
        $"Je ne connais pas de convention « {Typography.Excerpt(query)} ». Celles que je suis :",
        $"I know no convention “{Typography.Excerpt(query)}”. The ones I follow:");
}
