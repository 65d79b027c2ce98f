using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>What the meetings list, the cancel confirmation and the participants card say.</summary>
internal static class ListTexts
{
    public static string Title(Language l) => l.Pick("Réunions", "Meetings");

    public static string Upcoming(Language l) => l.Pick("À venir", "Upcoming");

    public static string Past(Language l) => l.Pick("Passées", "Past");

    public static string NoneUpcoming(Language l) => l.Pick("Aucune réunion à venir.", "No upcoming meeting.");

    public static string NonePast(Language l) => l.Pick("Aucune réunion passée.", "No past meeting.");

    public static string More(Language l, int count) => l.Pick($"… et {NumberText.Count(count, l, "autre", "autres")}.", $"… and {count} more.");

    public static string MinutesRecorded(Language l) => l.Pick("Compte-rendu enregistré", "Minutes recorded");

    public static string MinutesMissing(Language l) => l.Pick("Compte-rendu à saisir", "Minutes to record");

    public static string Edit(Language l) => l.Pick("Modifier", "Edit");

    public static string Cancel(Language l) => l.Pick("Annuler", "Cancel");

    public static string Participants(Language l) => l.Pick("Participants", "Participants");

    public static string FollowUp(Language l) => l.Pick("Compte-rendu", "Minutes");

    public static string ScheduleButton(Language l) => l.Pick("Planifier une réunion", "Schedule a meeting");

    public static string RecordButton(Language l) => l.Pick("Consigner une réunion passée", "Record a past meeting");

    public static string ConfirmCancel(Language l, string name, string when) => l.Pick(
        $"Annuler la réunion « {name} » du {when} ? Les conversations abonnées seront prévenues et ses rappels supprimés.",
        $"Cancel the meeting “{name}” on {when}? Subscribed conversations will be told and its reminders removed.");

    public static string ConfirmCancelButton(Language l) => l.Pick("Oui, annuler la réunion", "Yes, cancel the meeting");

    public static string KeepButton(Language l) => l.Pick("Non, revenir aux réunions", "No, back to the meetings");

    public static string ChangedSinceConfirm(Language l) => l.Pick(
        "Cette réunion a été modifiée entre-temps : rien n’a été annulé. Vérifiez la version à jour ci-dessous avant de confirmer.",
        "This meeting was changed in the meantime: nothing was cancelled. Check the latest version below before confirming.");

    public static string ParticipantsTitle(Language l, string name, string when) => l.Pick($"Réponses : {name}, {when}", $"Answers: {name}, {when}");

    public static string Attending(Language l, int count) => l.Pick($"Participent ({count})", $"Attending ({count})");

    public static string NotAttending(Language l, int count) => l.Pick($"Ne participent pas ({count})", $"Not attending ({count})");

    public static string NoAnswer(Language l) => l.Pick("Personne n’a encore répondu.", "Nobody has answered yet.");

    public static string Unnamed(Language l) => l.Pick("(sans nom)", "(no name)");
}
