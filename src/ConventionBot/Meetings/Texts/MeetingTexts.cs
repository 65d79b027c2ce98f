using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>What the meeting cards say, in French and English.</summary>
internal static class MeetingTexts
{
    public static string ScheduleTitle(Language l) => l.Pick("Planifier une réunion", "Schedule a meeting");

    public static string EditTitle(Language l, string name, string when) => l.Pick($"Modifier : {name}, {when}", $"Edit: {name}, {when}");

    public static string InstanceLabel(Language l) => l.Pick("Instance", "Meeting body");

    public static string LabelLabel(Language l) => l.Pick("Intitulé (facultatif ; obligatoire pour « Autre instance »)", "Name (optional; required for “Other”)");

    public static string DateLabel(Language l) => l.Pick("Date", "Date");

    public static string TimeLabel(Language l) => l.Pick("Heure (heure de Paris)", "Time (Paris time)");

    public static string DurationLabel(Language l) => l.Pick("Durée (en minutes)", "Duration (minutes)");

    public static string LocationLabel(Language l) => l.Pick("Lieu ou lien de visioconférence", "Place or online meeting link");

    public static string AgendaLabel(Language l) => l.Pick("Ordre du jour", "Agenda");

    /// <summary>"Chantiers concernés", "Actions concernées".</summary>
    public static string ChantiersLabel(Language l, Conventions.LevelWord item) =>
        l.Pick($"{item.Titles(l)} {item.Agree("concernés", "concernées")}", $"{item.Titles(l)} concerned");

    public static string ScheduleButton(Language l) => l.Pick("Planifier", "Schedule");

    public static string RecordTitle(Language l) => l.Pick("Consigner une réunion passée", "Record a past meeting");

    public static string RecordIntro(Language l) => l.Pick(
        "Pour une réunion déjà tenue : elle compte aussitôt dans la gouvernance de son année. Personne n’est prévenu et aucun rappel n’est programmé.",
        "For a meeting already held: it counts at once in its year's governance. Nobody is told and no reminder is planned.");

    public static string RecordButton(Language l) => l.Pick("Consigner la réunion", "Record the meeting");

    public static string Recorded(Language l) => l.Pick(
        "Réunion consignée comme tenue. Complétez son suivi : compte-rendu, décisions, actions et participants.",
        "Meeting recorded as held. Complete its follow-up: minutes, decisions, actions and participants.");

    public static string EditedPast(Language l) => l.Pick("Réunion passée modifiée. Personne n’a été prévenu.", "Past meeting changed. Nobody was told.");

    public static string EditMeetingButton(Language l) => l.Pick("Modifier la réunion", "Edit the meeting");

    public static string SaveButton(Language l) => l.Pick("Enregistrer les modifications", "Save changes");

    public static string ListButton(Language l) => l.Pick("Voir les réunions", "See the meetings");

    public static string ScheduleAnotherButton(Language l) => l.Pick("Planifier une autre réunion", "Schedule another meeting");

    public static string Stale(Language l) => l.Pick(
        "Quelqu’un a modifié cette réunion pendant que vous la modifiiez : rien n’a été enregistré. Voici la version à jour ; vos saisies sont conservées dans le formulaire. Vérifiez-les puis enregistrez de nouveau.",
        "Someone changed this meeting while you were editing it: nothing was saved. Here is the latest version; your entries are kept in the form. Check them and save again.");

    public static string LatestVersion(Language l) => l.Pick("Version à jour", "Latest version");

    public static string Missing(Language l) => l.Pick("Cette réunion n’existe plus.", "This meeting no longer exists.");

    public static string NoLongerPlanned(Language l) => l.Pick(
        "Cette réunion est annulée ou déjà passée : elle ne peut plus être modifiée.", "This meeting is cancelled or over: it can no longer be changed.");

    public static string Scheduled(Language l) => l.Pick("Réunion planifiée. Les conversations abonnées sont prévenues.", "Meeting scheduled. Subscribed conversations have been told.");

    public static string Edited(Language l) => l.Pick("Réunion modifiée. Les conversations abonnées sont prévenues ; les rappels suivent le nouvel horaire.", "Meeting changed. Subscribed conversations have been told; reminders follow the new time.");

    public static string Cancelled(Language l) => l.Pick("Réunion annulée. Les conversations abonnées sont prévenues ; ses rappels sont supprimés.", "Meeting cancelled. Subscribed conversations have been told; its reminders are removed.");

    public static string RemindersPlanned(Language l) => l.Pick("Rappels prévus :", "Reminders planned:");

    public static string NoReminders(Language l) => l.Pick("Aucun rappel à venir : la réunion est trop proche.", "No reminder to come: the meeting is too close.");

    public static string When(Language l) => l.Pick("Quand", "When");

    public static string Duration(Language l) => l.Pick("Durée", "Duration");

    public static string Place(Language l) => l.Pick("Lieu", "Place");

    public static string Link(Language l) => l.Pick("Lien", "Link");

    public static string Join(Language l) => l.Pick("Rejoindre la réunion", "Join the meeting");

    public static string AddToCalendar(Language l) => l.Pick("Ajouter à mon agenda (.ics)", "Add to my calendar (.ics)");

    public static string RemoveFromCalendar(Language l) => l.Pick("Retirer de mon agenda (.ics)", "Remove from my calendar (.ics)");

    public static string OrganisedBy(Language l) => l.Pick("Organisée par", "Organised by");

    public static string Attend(Language l) => l.Pick("Je participe", "I will attend");

    public static string Decline(Language l) => l.Pick("Je ne participe pas", "I will not attend");

    public static string YourAnswer(Language l, bool attending) => attending
        ? l.Pick("Votre réponse : vous participez.", "Your answer: you will attend.")
        : l.Pick("Votre réponse : vous ne participez pas.", "Your answer: you will not attend.");

    public static string AnswersSummary(Language l, int yes, int no) => l.Pick($"Réponses : {yes} oui, {no} non", $"Answers: {yes} yes, {no} no");

    public static string AnswersClosed(Language l) => l.Pick(
        "Cette réunion est annulée, déjà commencée ou passée : les réponses sont closes.", "This meeting is cancelled, under way or over: answers are closed.");

    public static string AdminOnly(Language l) => ConversationTexts.AdminOnly(l);
}
