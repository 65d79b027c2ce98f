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
        "recevoir ici les rappels de réunions et les alertes (« abonner métropole » ou « abonner arhlm » précise votre partie)",
        "receive meeting reminders and alerts here (“subscribe metropole” or “subscribe arhlm” tells which party you are)");

    public static string UnsubscribeUsage(Language l) => l.Pick("désabonner", "unsubscribe");

    public static string UnsubscribeMeaning(Language l) => l.Pick("ne plus rien recevoir ici", "stop receiving anything here");

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

    public static string PartyTitle(Language l) => l.Pick("Au titre de", "On behalf of");

    public static string PartyUnknown(Language l) => l.Pick(
        "non précisé (écrivez « abonner métropole » ou « abonner arhlm »)", "not given (write “subscribe metropole” or “subscribe arhlm”)");

    public static string HowToStop(Language l) => l.Pick("Écrivez « désabonner » pour ne plus rien recevoir.", "Write “unsubscribe” to stop receiving anything.");

    public static string Unsubscribed(Language l) => l.Pick(
        "C’est noté : cette conversation ne recevra plus ni rappels ni alertes.", "Done: this conversation will no longer receive reminders or alerts.");

    public static string NotSubscribed(Language l) => l.Pick(
        "Cette conversation n’était pas abonnée : elle ne reçoit ni rappels ni alertes.", "This conversation was not subscribed: it receives no reminders or alerts.");

    public static string UnknownParty(Language l, string typed) => l.Pick(
        $"Je ne connais pas la partie « {Typography.Excerpt(typed)} ». Écrivez « abonner métropole », « abonner arhlm », ou simplement « abonner ». Rien n’a été changé.",
        $"I do not know the party “{Typography.Excerpt(typed)}”. Write “subscribe metropole”, “subscribe arhlm”, or just “subscribe”. Nothing was changed.");

    public static string UnsubscribeButton(Language l) => l.Pick("Se désabonner", "Unsubscribe");

    public static string SubscribeButton(Language l) => l.Pick("S’abonner", "Subscribe");

    public static string SubscribeAsButton(Language l, ConventionParty party) => l.Pick($"S’abonner : {party.ShortName}", $"Subscribe: {party.ShortName}");

    /// <summary>A subscription change for the audit journal (in French: the journal is the record's). Subscriptions belong to no convention.</summary>
    public static JournalChange Journal(string summary) => new("", "Abonnements", summary);
}
