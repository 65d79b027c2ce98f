using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;

namespace ConventionBot.Subscriptions;

/// <summary>What <c>abonner</c> and <c>désabonner</c> answer, in French and English.</summary>
internal static class SubscriptionTexts
{
    public static string SubscribeUsage(Language l) => l.Pick("abonner", "subscribe");

    public static string SubscribeMeaning(Language l) => l.Pick(
        "recevoir ici les rappels de réunions et les alertes d’une convention (ajoutez votre partie, « abonner arhlm », ou les années d’une autre convention)",
        "receive a convention’s meeting reminders and alerts here (add your party, “subscribe arhlm”, or another convention’s years)");

    public static string UnsubscribeUsage(Language l) => l.Pick("désabonner", "unsubscribe");

    public static string UnsubscribeMeaning(Language l) => l.Pick(
        "ne plus rien recevoir ici (suivi des années d’une convention : ne plus recevoir ce qui la concerne)",
        "stop receiving anything here (followed by a convention’s years: stop receiving what concerns it)");

    public static string Subscribed(Language l, bool already) => already
        ? l.Pick("Cette conversation était déjà abonnée ; son abonnement est à jour.", "This conversation was already subscribed; its subscription is up to date.")
        : l.Pick("C’est noté : cette conversation est abonnée.", "Done: this conversation is subscribed.");

    public static string WillReceive(Language l) => l.Pick("Elle recevra désormais :", "From now on it receives:");

    public static IReadOnlyList<string> Receives(Language l, bool admin) =>
    [
        l.Pick("les rappels avant chaque réunion de gouvernance (COPIL, COTECH…), avec les boutons « je participe » / « je ne participe pas » ;",
            "reminders before each governance meeting (COPIL, COTECH…), with “attending” / “not attending” buttons;"),
        l.Pick("l’annonce des réunions planifiées, modifiées ou annulées ;", "notices of meetings scheduled, changed or cancelled;"),
        l.Pick("les rappels des échéances de la convention (bilan annuel, contribution).", "reminders of the convention’s deadlines (annual bilan, contribution)."),
        .. admin
            ? new[] { l.Pick("et, comme vous êtes administrateur, les alertes quand une année risque de manquer ses réunions de gouvernance (art. 4).",
                "and, as you are an administrator, alerts when a year risks missing its governance meetings (art. 4).") }
            : [],
    ];

    public static string ConventionTitle(Language l) => l.Pick("Convention", "Convention");

    public static string PartyTitle(Language l) => l.Pick("Au titre de", "On behalf of");

    /// <param name="commands">The commands that name each party of the convention (<c>abonner arhlm</c>).</param>
    public static string PartyUnknown(Language l, IEnumerable<string> commands)
    {
        var typed = commands.ToList();
        return l.Pick(
            $"non précisé (écrivez {string.Join(" ou ", typed.Select(c => $"« {c} »"))})",
            $"not given (write {string.Join(" or ", typed.Select(c => $"“{c}”"))})");
    }

    /// <param name="command">The command that unsubscribes from this convention alone (<c>désabonner 2022-2024</c>).</param>
    public static string HowToStop(Language l, string command) => l.Pick(
        $"Écrivez « {command} » pour ne plus recevoir ce qui concerne cette convention, « désabonner » pour ne plus rien recevoir.",
        $"Write “{command}” to stop receiving what concerns this convention, “unsubscribe” to stop receiving anything.");

    public static string Unsubscribed(Language l) => l.Pick(
        "C’est noté : cette conversation ne recevra plus ni rappels ni alertes.", "Done: this conversation will no longer receive reminders or alerts.");

    public static string UnsubscribedFrom(Language l, ConventionDefinition convention) => l.Pick(
        $"C’est noté : cette conversation ne recevra plus ni rappels ni alertes de « {convention.ShortTitle} ».",
        $"Done: this conversation will no longer receive reminders or alerts of “{convention.ShortTitle}”.");

    public static string NotSubscribed(Language l) => l.Pick(
        "Cette conversation n’était pas abonnée : elle ne reçoit ni rappels ni alertes.", "This conversation was not subscribed: it receives no reminders or alerts.");

    public static string NotSubscribedTo(Language l, ConventionDefinition convention) => l.Pick(
        $"Cette conversation n’était pas abonnée à « {convention.ShortTitle} » : elle n’en reçoit ni rappels ni alertes.",
        $"This conversation was not subscribed to “{convention.ShortTitle}”: it receives no reminders or alerts of it.");

    /// <summary>After <c>désabonner</c> alone: every convention it no longer hears from.</summary>
    public static string WasSubscribedTo(Language l, IEnumerable<ConventionDefinition> conventions) => l.Pick(
        $"Désabonnée de toutes les conventions : {Titles(conventions)}.", $"Unsubscribed from every convention: {Titles(conventions)}.");

    public static string StillSubscribedTo(Language l, IEnumerable<ConventionDefinition> conventions) => l.Pick(
        $"Elle reste abonnée à : {Titles(conventions)}.", $"It stays subscribed to: {Titles(conventions)}.");

    public static string UnknownParty(Language l, string typed) => l.Pick(
        $"Je ne connais pas la partie « {Typography.Excerpt(typed)} ». Choisissez-en une ci-dessous, ou écrivez simplement « abonner ». Rien n’a été changé.",
        $"I do not know the party “{Typography.Excerpt(typed)}”. Pick one below, or just write “subscribe”. Nothing was changed.");

    public static string UnsubscribeButton(Language l) => l.Pick("Se désabonner", "Unsubscribe");

    public static string SubscribeButton(Language l) => l.Pick("S’abonner", "Subscribe");

    public static string SubscribeToButton(Language l, ConventionDefinition convention) =>
        l.Pick($"S’abonner : {convention.ShortTitle}", $"Subscribe: {convention.ShortTitle}");

    /// <param name="convention">Named when the buttons offer the parties of several conventions.</param>
    public static string SubscribeAsButton(Language l, ConventionParty party, ConventionDefinition? convention) => convention is null
        ? l.Pick($"S’abonner : {party.ShortName}", $"Subscribe: {party.ShortName}")
        : l.Pick($"S’abonner : {party.ShortName} ({convention.ShortTitle})", $"Subscribe: {party.ShortName} ({convention.ShortTitle})");

    /// <summary>A subscription change for the audit journal (in French: the journal is the record's), under its convention.</summary>
    public static JournalChange Journal(ConventionDefinition convention, string summary) => new(convention.Id, "Abonnements", summary);

    private static string Titles(IEnumerable<ConventionDefinition> conventions) => string.Join(", ", conventions.Select(c => c.ShortTitle));
}
