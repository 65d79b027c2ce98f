using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>What the forms say when an entry cannot be accepted, in French and English.</summary>
internal static class FormTexts
{
    public static string Summary(Language l) => l.Pick(
        "Le formulaire contient des erreurs, signalées sous les champs concernés ; rien n’a été enregistré.",
        "The form has errors, shown under the fields concerned; nothing was saved.");

    public static string Missing(Language l, string whatFr, string whatEn) => l.Pick($"Indiquez {whatFr}.", $"Please give {whatEn}.");

    public static string UnknownInstance(Language l, string typed) => l.Pick($"Instance inconnue : « {Typography.Excerpt(typed)} ».", $"Unknown meeting body: “{Typography.Excerpt(typed)}”.");

    public static string LabelRequired(Language l) => l.Pick("Donnez l’intitulé de cette réunion.", "Please give this meeting a name.");

    public static string TooLong(Language l, int max, int length) => l.Pick(
        $"Texte trop long : {length} caractères pour {max} au plus.", $"Text too long: {length} characters, at most {max}.");

    public static string BadDate(Language l, string typed) => l.Pick(
        $"Date illisible : « {Typography.Excerpt(typed)} ». Choisissez-la dans le calendrier ou écrivez-la JJ/MM/AAAA.",
        $"Unreadable date: “{Typography.Excerpt(typed)}”. Pick it in the calendar or write it DD/MM/YYYY.");

    public static string PastDate(Language l) => l.Pick("Cette date est passée : choisissez une date à venir.", "This date is past: choose a future date.");

    public static string FutureDate(Language l) => l.Pick(
        "Cette date est à venir : seule une réunion déjà tenue se consigne ici. Pour une réunion à venir, utilisez « planifier ».",
        "This date is still to come: only a meeting already held is recorded here. For a meeting to come, use “schedule”.");

    public static string OldDate(Language l, DateOnly earliest) => l.Pick(
        $"Date trop ancienne : une réunion se consigne à partir du {DateText.Numeric(earliest)}.",
        $"Date too far back: meetings can be recorded from {DateText.Numeric(earliest)}.");

    public static string FutureTime(Language l) => l.Pick(
        "Cette heure n’est pas encore passée : la réunion doit avoir commencé.", "This time is not past yet: the meeting must have started.");

    public static string FarDate(Language l, int years) => l.Pick(
        $"Date trop lointaine : au plus {years} ans à l’avance.", $"Date too far ahead: at most {years} years.");

    public static string BadTime(Language l, string typed) => l.Pick(
        $"Heure illisible : « {Typography.Excerpt(typed)} ». Exemple : 14:30.", $"Unreadable time: “{Typography.Excerpt(typed)}”. Example: 14:30.");

    public static string PastTime(Language l) => l.Pick("Cette heure est déjà passée.", "This time is already past.");

    public static string SkippedTime(Language l) => l.Pick(
        "Cette heure n’existe pas ce jour-là (passage à l’heure d’été) : choisissez-en une autre.",
        "This time does not exist that day (clocks go forward): choose another one.");

    public static string BadDuration(Language l, string typed) => l.Pick(
        $"Durée illisible : « {Typography.Excerpt(typed)} ». Indiquez un nombre entier de minutes.", $"Unreadable duration: “{Typography.Excerpt(typed)}”. Give a whole number of minutes.");

    public static string DurationRange(Language l, int min, int max) => l.Pick(
        $"La durée doit être comprise entre {min} minutes et {max / 60} heures.", $"The duration must be between {min} minutes and {max / 60} hours.");

    public static string BadLink(Language l) => l.Pick(
        "Ce lien n’est pas une adresse web complète (https://…).", "This link is not a complete web address (https://…).");

    public static string UnknownChantier(Language l, string typed, ConventionDefinition convention)
    {
        var item = convention.Levels.Item;
        var all = NumberText.Count(convention.Chantiers.Count, l, item.Name(l), item.Names(l));
        return l.Pick(
            $"{item.Title(l)} {item.Agree("inconnu", "inconnue")} : « {Typography.Excerpt(typed)} » ({all} en tout).",
            $"Unknown {item.Name(l)}: “{Typography.Excerpt(typed)}” ({all} in all).");
    }

    public static string ActionOwnerMissing(Language l) => l.Pick("Indiquez qui porte cette action.", "Say who owns this action.");

    public static string ActionDueMissing(Language l) => l.Pick("Indiquez l’échéance de cette action.", "Give this action a due date.");

    public static string TooManyActions(Language l, int max) => l.Pick(
        $"Une réunion compte au plus {max} actions de suivi : cochez celles qui sont faites ou regroupez-en.",
        $"A meeting has at most {max} follow-up actions: tick those done or group some.");

    public static string NameTooLong(Language l, int max, string name) => l.Pick(
        $"Nom trop long (au plus {max} caractères) : « {Typography.Excerpt(name)} ». Un nom par ligne, ou séparés par des virgules.",
        $"Name too long (at most {max} characters): “{Typography.Excerpt(name)}”. One name per line, or comma-separated.");

    public static string ActionTextMissing(Language l) => l.Pick(
        "Décrivez l’action (ou videz les champs de cette ligne).", "Describe the action (or clear this row's fields).");
}
