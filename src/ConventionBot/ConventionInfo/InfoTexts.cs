using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>The labels of the convention, chantier and deadline cards, in French and English.</summary>
internal static class InfoTexts
{
    public static string ConventionHelp(Language l) => l.Pick(
        "Résumé de la convention : parties, dates, où nous en sommes, axes, chantiers, contribution.",
        "Summary of the convention: parties, dates, where we stand, axes, workstreams, contribution.");

    /// <summary>"Les 7 chantiers, par axe ; les 60 actions, par orientation (PLH d’Arras 2014-2020)."</summary>
    public static string ChantiersHelp(IReadOnlyList<ConventionDefinition> all, Language l)
    {
        var parts = all.Select(d => l.Pick(
            $"les {d.Chantiers.Count} {d.Levels.Item.Plural}, par {d.Levels.Group.Singular}" + (all.Count > 1 ? $" ({d.ShortTitle})" : ""),
            $"the {d.Chantiers.Count} {d.Levels.Item.EnglishPlural}, by {d.Levels.Group.English}" + (all.Count > 1 ? $" ({d.ShortTitle})" : "")));
        return Typography.Capitalised(string.Join(" ; ", parts) + ".");
    }

    public static string ChantierHelp(Language l) => l.Pick(
        "Une fiche, par son numéro ou un mot de son titre (« chantier npnru », « action 12 »).",
        "One item, by its number or a word of its title (“workstream npnru”, “action 12”).");

    public static string DeadlinesHelp(Language l) => l.Pick(
        "Les prochaines échéances, celles en retard d’abord.", "Upcoming deadlines, overdue ones first.");

    /// <summary>"chantier 5": a command to run as is (buttons send it), in the default convention's words.</summary>
    public static string ChantierUsage(ConventionDefinition convention, Language l) =>
        convention.Levels.Item.Name(l) + " " + convention.Chantiers[Math.Min(4, convention.Chantiers.Count - 1)].Number;

    /// <summary>"chantiers".</summary>
    public static string ChantiersUsage(ConventionDefinition convention, Language l) => convention.Levels.Item.Names(l);

    public static string DeadlinesUsage(Language l) => l.Pick("échéances", "deadlines");

    public static string Period(Language l) => l.Pick("Durée", "Period");

    public static string FromTo(DateOnly start, DateOnly end, Language l) => l.Pick(
        $"du {DateText.Date(start, l)} au {DateText.Date(end, l)}",
        $"from {DateText.Date(start, l)} to {DateText.Date(end, l)}");

    /// <summary>"Axes et chantiers", "Orientations et actions".</summary>
    public static string AxesAndChantiers(ConventionLevels levels, Language l) =>
        $"{levels.Group.Titles(l)} {l.Pick("et", "and")} {levels.Item.Names(l)}";

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

    /// <summary>"Tous les chantiers", "Toutes les actions".</summary>
    public static string AllChantiers(LevelWord item, Language l) =>
        l.Pick($"{item.Agree("Tous", "Toutes")} les {item.Plural}", $"All {item.EnglishPlural}");

    /// <summary>"La convention", "Le programme": the button back to the definition's summary.</summary>
    public static string TheConvention(ConventionDefinition convention, Language l) =>
        Typography.Capitalised(l.Pick(convention.Kind.Article + convention.Kind.Singular, "the " + convention.Kind.English));

    public static string Deadlines(Language l) => l.Pick("Échéances", "Deadlines");

    public static string ChantiersTitle(ConventionDefinition convention, Language l) => l.Pick(
        $"Les {convention.Chantiers.Count} {convention.Levels.Item.Plural} — {convention.ShortTitle}",
        $"The {convention.Chantiers.Count} {convention.Levels.Item.EnglishPlural} — {convention.ShortTitle}");

    public static string ChantierNotFound(string query, ConventionDefinition convention, Language l)
    {
        var item = convention.Levels.Item;
        return l.Pick(
            $"Je ne trouve pas {(item.Feminine ? "d’" : "de ")}{item.Singular} « {Typography.Excerpt(query)} » dans « {convention.ShortTitle} », qui en compte {convention.Chantiers.Count} : {item.Agree("choisissez-en un", "choisissez-en une")}.",
            $"I cannot find {item.A(l)} “{Typography.Excerpt(query)}” in “{convention.ShortTitle}”, which has {convention.Chantiers.Count}: pick one.");
    }

    public static string ChantierAmbiguous(string query, LevelWord item, Language l) => l.Pick(
        $"« {Typography.Excerpt(query)} » correspond à plusieurs {item.Plural} : {item.Agree("lequel", "laquelle")} voulez-vous voir ?",
        $"“{Typography.Excerpt(query)}” matches several {item.EnglishPlural}: which one do you want?");

    public static string Page(int page, int pages, Language l) => l.Pick($"Page {page} sur {pages}", $"Page {page} of {pages}");

    public static string NextPage(Language l) => l.Pick("Page suivante", "Next page");

    public static string PreviousPage(Language l) => l.Pick("Page précédente", "Previous page");

    public static string FullSheet(Language l) => l.Pick("Voir la fiche complète", "Show the full sheet");

    public static string Objective(Language l) => l.Pick("Objectif opérationnel", "Operational objective");

    public static string Pilot(Language l) => l.Pick("Pilotage", "Pilot");

    public static string Partners(Language l) => l.Pick("Partenaires associés", "Associated partners");

    public static string Tools(Language l) => l.Pick("Outils et moyens", "Tools and means");

    public static string Budget(Language l) => l.Pick("Budget annuel", "Annual budget");

    public static string Calendar(Language l) => l.Pick("Calendrier", "Calendar");

    public static string Territory(Language l) => l.Pick("Territoire", "Territory");

    public static string Indicators(Language l) => l.Pick("Indicateurs du bilan annuel", "Annual bilan indicators");

    public static string Role(PartyRole role, Language l) => role switch
    {
        PartyRole.Funder => l.Pick("Financeur", "Funder"),
        PartyRole.Beneficiary => l.Pick("Bénéficiaire", "Beneficiary"),
        PartyRole.Pilot => l.Pick("Pilote", "Pilot"),
        _ => l.Pick("Partenaire", "Partner"),
    };

    public static string ConventionNotFound(string query, Language l) => l.Pick(
        $"Je ne connais pas de convention « {Typography.Excerpt(query)} ». Celles que je suis :",
        $"I know no convention “{Typography.Excerpt(query)}”. The ones I follow:");
}
