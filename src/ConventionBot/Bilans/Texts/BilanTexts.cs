using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>What the bilan feature says about campaigns and statuses, in French and English.</summary>
internal static class BilanTexts
{
    public static string Event(Language l, BilanEvent @event) => @event switch
    {
        BilanEvent.Saved => l.Pick("enregistré", "saved"),
        BilanEvent.Submitted => l.Pick("soumis", "submitted"),
        BilanEvent.ChangesRequested => l.Pick("modifications demandées", "changes requested"),
        _ => l.Pick("validé", "validated"),
    };

    public static string CampaignTitle(Language l, int year) => l.Pick($"Bilan annuel {year}", $"Annual bilan {year}");

    /// <summary>"Bilan 2023 · Chantier 5", "Bilan 2016 · Action 10".</summary>
    public static string ChantierTitle(Language l, int year, ConventionDefinition convention, Chantier chantier) =>
        $"Bilan {year} · {convention.Levels.Item.Numbered(chantier.Number, l)}";

    public static string NotOpened(Language l, int year) => l.Pick(
        $"La campagne de bilan {year} n’est pas encore ouverte.", $"The {year} bilan campaign is not open yet.");

    public static string AskAdminToOpen(Language l) => l.Pick(
        "Un administrateur de la convention doit l’ouvrir avec une date limite.", "A convention administrator must open it with a deadline.");

    public static string DeadlineLabel(Language l) => l.Pick("Date limite de remise des bilans", "Deadline for the bilans");

    public static string Open(Language l) => l.Pick("Ouvrir la campagne", "Open the campaign");

    public static string ChangeDeadline(Language l) => l.Pick("Changer la date limite", "Change the deadline");

    public static string Deadline(Language l) => l.Pick("Date limite", "Deadline");

    public static string DeadlineValue(Language l, DateOnly deadline, DateOnly today) => deadline < today
        ? l.Pick($"{DateText.Day(deadline, l)} (dépassée)", $"{DateText.Day(deadline, l)} (passed)")
        : DateText.Day(deadline, l);

    public static string OpenedBy(Language l) => l.Pick("Ouverte par", "Opened by");

    public static string Progress(Language l) => l.Pick("Avancement", "Progress");

    /// <summary>Names its chantier, so that the campaign's seven buttons are told apart (by a screen reader too).</summary>
    /// <summary>"Ouvrir le chantier 5", "Ouvrir l’action 10".</summary>
    public static string OpenChantier(Language l, ConventionDefinition convention, int chantier) =>
        l.Pick($"Ouvrir {convention.Levels.Item.The(l)} {chantier}", $"Open {convention.Levels.Item.English} {chantier}");

    public static string Consolidated(Language l) => l.Pick("Bilan consolidé (HTML, CSV)", "Consolidated bilan (HTML, CSV)");

    public static string Opened(Language l, LevelWord item) => l.Pick(
        $"Campagne ouverte. Les rappels partiront avant la date limite à ceux qui doivent encore {item.A(l)}.",
        $"Campaign opened. Reminders will go before the deadline to those who still owe {item.A(l)}.");

    public static string AlreadyOpened(Language l) => l.Pick(
        "Cette campagne a déjà été ouverte entre-temps ; la voici.", "This campaign was opened in the meantime; here it is.");

    public static string DeadlineChanged(Language l) => l.Pick(
        "Date limite modifiée ; les rappels suivent la nouvelle date.", "Deadline changed; reminders follow the new date.");

    public static string CampaignChanged(Language l) => l.Pick(
        "Rien n’a été modifié : la campagne a changé entre-temps. Voici sa dernière version ; votre date est conservée ci-dessous.",
        "Nothing was changed: the campaign changed in the meantime. Here is its latest version; your date is kept below.");

    public static string DeadlineMissing(Language l) => l.Pick(
        "Choisissez une date limite.", "Choose a deadline.");

    public static string DeadlineInvalid(Language l, string typed) => l.Pick(
        $"« {Typography.Excerpt(typed)} » n’est pas une date valide (attendu : AAAA-MM-JJ).", $"“{Typography.Excerpt(typed)}” is not a valid date (expected: YYYY-MM-DD).");

    public static string DeadlinePast(Language l, DateOnly today) => l.Pick(
        $"La date limite doit être aujourd’hui ou plus tard (nous sommes le {DateText.Day(today, l)}).",
        $"The deadline must be today or later (today is {DateText.Day(today, l)}).");

    public static string ChantierUnknown(Language l, ConventionDefinition convention, string words)
    {
        var item = convention.Levels.Item;
        var (first, last) = (convention.Chantiers.Min(c => c.Number), convention.Chantiers.Max(c => c.Number));
        return l.Pick(
            $"Je ne trouve pas {(item.Feminine ? "d’" : "de ")}{item.Singular} « {Typography.Excerpt(words)} ». Donnez son numéro ({first} à {last}) ou un mot de son titre.",
            $"I cannot find {item.A(l)} “{Typography.Excerpt(words)}”. Give its number ({first} to {last}) or a word of its title.");
    }
}
