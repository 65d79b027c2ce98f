using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>What reminders, change notices, follow-up cards and governance alerts say.</summary>
internal static class NoticeTexts
{
    public static string Headline(Language l, MeetingHeadline kind, string name, string ahead) => kind switch
    {
        MeetingHeadline.Scheduled => l.Pick($"Nouvelle réunion : {name}, {ahead}", $"New meeting: {name}, {ahead}"),
        MeetingHeadline.Edited => l.Pick($"Réunion modifiée : {name}, {ahead}", $"Meeting changed: {name}, {ahead}"),
        MeetingHeadline.Cancelled => l.Pick($"Réunion annulée : {name}", $"Meeting cancelled: {name}"),
        _ => l.Pick($"Rappel : {name} {ahead}", $"Reminder: {name} {ahead}"),
    };

    public static string OpenActions(Language l, string day) => l.Pick(
        $"Actions à suivre, décidées lors de la réunion précédente ({day}) :", $"Open actions from the previous meeting ({day}):");

    public static string ActionLine(Language l, FollowUpAction action, bool late) => l.Pick(
        $"• {action.Text} — {action.Owner}, pour le {DateText.Numeric(action.Due)}{(late ? " ⚠ en retard" : "")}",
        $"• {action.Text} — {action.Owner}, due {DateText.Numeric(action.Due)}{(late ? " ⚠ overdue" : "")}");

    public static string FollowUpTitle(Language l, string name, string day) => l.Pick($"Suivi : {name} du {day}", $"Follow-up: {name} on {day}");

    public static string FollowUpIntro(Language l) => l.Pick(
        "La réunion est terminée : consignez le compte-rendu, les décisions et les actions de suivi. Les actions ouvertes seront rappelées avant la prochaine réunion de cette instance.",
        "The meeting is over: record the minutes, the decisions and the follow-up actions. Open actions will be chased before the next meeting of this body.");

    public static string MinutesLabel(Language l) => l.Pick("Compte-rendu", "Minutes");

    public static string DecisionsLabel(Language l) => l.Pick("Décisions", "Decisions");

    public static string CurrentActions(Language l) => l.Pick("Actions de suivi (cochez celles qui sont faites)", "Follow-up actions (tick those done)");

    public static string NewActions(Language l) => l.Pick("Nouvelles actions", "New actions");

    public static string ActionLabel(Language l) => l.Pick("Action", "Action");

    public static string OwnerLabel(Language l) => l.Pick("Porteur", "Owner");

    public static string DueLabel(Language l) => l.Pick("Échéance", "Due date");

    public static string SaveFollowUp(Language l) => l.Pick("Enregistrer le suivi", "Save the follow-up");

    public static string FollowUpSaved(Language l) => l.Pick("Suivi enregistré.", "Follow-up saved.");

    public static string NoMinutes(Language l) => l.Pick("Aucun compte-rendu n’a encore été saisi.", "No minutes have been recorded yet.");

    public static string OpenActionsTitle(Language l) => l.Pick("Actions ouvertes", "Open actions");

    public static string DoneActionsTitle(Language l) => l.Pick("Actions faites", "Actions done");

    public static string NotStarted(Language l) => l.Pick("Cette réunion n’a pas encore commencé : son suivi se saisit après.", "This meeting has not started yet: its follow-up comes afterwards.");

    public static string FollowUpNotAllowed(Language l) => l.Pick(
        "Seuls les administrateurs et l’organisateur de la réunion peuvent en saisir le suivi.", "Only administrators and the meeting's organiser can record its follow-up.");

    public static string Done(Language l, FollowUpAction action) => l.Pick($"{action.Text} — {action.Owner}, pour le {DateText.Numeric(action.Due)}", $"{action.Text} — {action.Owner}, due {DateText.Numeric(action.Due)}");

    public static string ParticipantsTitle(Language l) => l.Pick("Participants (présents à la réunion)", "Participants (present at the meeting)");

    public static string AttendeesLabel(Language l) => l.Pick(
        "Présents parmi les personnes qui ont répondu (pré-coché : celles qui ont répondu « participe »)",
        "Present among those who answered (pre-ticked: those who answered “attending”)");

    public static string AnsweredAs(Language l, string name, bool attending) => attending
        ? l.Pick($"{name} (a répondu : participe)", $"{name} (answered: attending)")
        : l.Pick($"{name} (a répondu : ne participe pas)", $"{name} (answered: not attending)");

    public static string OthersLabel(Language l, bool afterChoices) => afterChoices
        ? l.Pick("Autres participants : un nom par ligne, ou séparés par des virgules", "Other participants: one name per line, or comma-separated")
        : l.Pick("Participants : un nom par ligne, ou séparés par des virgules", "Participants: one name per line, or comma-separated");

    public static string OthersPlaceholder(Language l) => l.Pick("Prénom Nom, structure", "First name Last name, organisation");

    public static string ParticipantsCount(Language l, int count) => l.Pick($"Participants ({count})", $"Participants ({count})");

    public static string NoParticipants(Language l) => l.Pick("Présence non renseignée.", "Attendance not recorded.");
}
