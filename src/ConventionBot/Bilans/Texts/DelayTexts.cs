using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>What the delay request's cards and answers say.</summary>
internal static class DelayTexts
{
    public static string Title(Language l) => l.Pick("Demande de délai", "Extension request");

    public static string Ask(Language l) => l.Pick("Demander un délai", "Ask for more time");

    public static string Send(Language l) => l.Pick("Envoyer la demande", "Send the request");

    public static string BackToChantier(Language l, LevelWord item) => l.Pick($"Retour {(item.Feminine || item.The(l).StartsWith("l’", StringComparison.Ordinal) ? "à " + item.The(l) : "au " + item.Singular)}", $"Back to the {item.English}");

    public static string Examine(Language l) => l.Pick("Examiner la demande de délai", "Examine the extension request");

    public static string CurrentDeadline(Language l) => l.Pick("Échéance actuelle", "Current deadline");

    public static string Wished(Language l) => l.Pick("Nouvelle date souhaitée", "New date wished");

    public static string Reason(Language l) => l.Pick("Motif de la demande", "Reason for the request");

    public static string AskedBy(Language l) => l.Pick("Demandée par", "Asked by");

    public static string GrantedDate(Language l) => l.Pick("Date accordée", "Date granted");

    public static string Comment(Language l) => l.Pick("Commentaire (facultatif)", "Comment (optional)");

    public static string Grant(Language l) => l.Pick("Accorder", "Grant");

    public static string Refuse(Language l) => l.Pick("Refuser", "Refuse");

    public static string NotSent(Language l) => l.Pick("Rien n’a été enregistré :", "Nothing was recorded:");

    public static string DateMissing(Language l) => l.Pick("Choisissez la nouvelle date.", "Choose the new date.");

    public static string DateInvalid(Language l, string typed) => l.Pick(
        $"« {Typography.Excerpt(typed)} » n’est pas une date valide (attendu : AAAA-MM-JJ).", $"“{Typography.Excerpt(typed)}” is not a valid date (expected: YYYY-MM-DD).");

    public static string NotAfter(Language l, DateOnly deadline) => l.Pick(
        $"La nouvelle date doit être postérieure à l’échéance actuelle ({DateText.Date(deadline, l)}).",
        $"The new date must be after the current deadline ({DateText.Date(deadline, l)}).");

    public static string TooLate(Language l, DateOnly max) => l.Pick(
        $"La nouvelle date ne peut pas dépasser le {DateText.Date(max, l)}.", $"The new date cannot be later than {DateText.Date(max, l)}.");

    public static string ReasonMissing(Language l) => l.Pick("Indiquez le motif de la demande.", "Give the reason for the request.");

    public static string Sent(Language l, ConventionDefinition convention, bool adminsReached, int year) => adminsReached
        ? l.Pick($"Demande de délai envoyée {To(convention)} ; vous serez prévenu·e ici de la réponse.",
            $"Extension request sent {ToEnglish(convention)}; you will be told the answer here.")
        : l.Pick($"Demande de délai enregistrée. Aucune conversation des administrateurs n’est connue du bot : ils la trouveront dans la vue de campagne (« bilan {year} »), où ils peuvent l’accorder ou la refuser. Vous serez prévenu·e ici de leur réponse.",
            $"Extension request recorded. The bot knows no conversation of the admins: they will find it in the campaign overview (“report {year}”), where they can grant or refuse it. You will be told their answer here.");

    public static string AlreadyPending(Language l, ConventionDefinition convention, DateOnly wished) => l.Pick(
        $"Une demande de délai au {DateText.Date(wished, l)} est déjà en attente pour {convention.Levels.Item.This(l)} et cette année : attendez la réponse {From(convention)} avant d’en faire une autre.",
        $"An extension request to {DateText.Date(wished, l)} is already waiting for {convention.Levels.Item.This(l)} and year: wait for the answer before making another.");

    public static string HandedIn(Language l, LevelWord item) => l.Pick(
        $"{Typography.Capitalised(item.This(l))} est déjà {item.Agree("soumis ou validé", "soumise ou validée")} : {item.Agree("il", "elle")} n’a plus d’échéance à reporter.",
        $"{Typography.Capitalised(item.This(l))} is already submitted or validated: it has no deadline left to extend.");

    public static string Changed(Language l) => l.Pick(
        "La demande a changé depuis l’affichage de cette carte : voici la dernière.", "The request changed since this card was shown: here is the latest.");

    public static string AlreadyDecided(Language l) => l.Pick(
        "Cette demande a déjà reçu une réponse : rien n’a été modifié.", "This request was already answered: nothing was changed.");

    public static string DecidedNotice(Language l, BilanDelayStatus status) => status == BilanDelayStatus.Granted
        ? l.Pick("Délai accordé ; le contributeur en est prévenu.", "Extension granted; the contributor is told.")
        : l.Pick("Demande refusée ; le contributeur en est prévenu.", "Request refused; the contributor is told.");

    public static string Extended(Language l, BilanDelay delay) => l.Pick(
        $"Échéance reportée au **{DateText.Date(delay.Granted!.Value, l)}**, accordée par {delay.GrantedBy} le {DateText.Date(Day(delay.GrantedAt), l)}.",
        $"Deadline extended to **{DateText.Date(delay.Granted!.Value, l)}**, granted by {delay.GrantedBy} on {DateText.Date(Day(delay.GrantedAt), l)}.");

    public static string Pending(Language l, ConventionDefinition convention, BilanDelay delay) => l.Pick(
        $"Demande de délai au {DateText.Date(delay.Wished, l)} en attente de réponse {From(convention)} (demandée par {delay.AskedBy}).",
        $"Extension request to {DateText.Date(delay.Wished, l)} waiting for an answer (asked by {delay.AskedBy}).");

    // The definition's reviewer answers (« à la Métropole », « de la Métropole »); without one, the administrators.
    private static string To(ConventionDefinition convention) =>
        convention.Reviewer is { } r ? "à " + r.Named : "aux administrateurs";

    private static string ToEnglish(ConventionDefinition convention) =>
        convention.Reviewer is { } r ? "to the " + r.ShortName : "to the administrators";

    private static string From(ConventionDefinition convention) =>
        convention.Reviewer is { } r ? "de " + r.Named : "des administrateurs";

    public static string Refused(Language l, BilanDelay delay) => l.Pick(
        $"Dernière demande de délai refusée par {delay.DecidedBy}{Quoted(l, delay.Comment)}.",
        $"Last extension request refused by {delay.DecidedBy}{Quoted(l, delay.Comment)}.");

    public static string AnswerTitle(Language l, BilanDelayStatus status) => status == BilanDelayStatus.Granted
        ? l.Pick("Délai accordé", "Extension granted")
        : l.Pick("Demande de délai refusée", "Extension request refused");

    public static string Kept(Language l, DateOnly deadline) => l.Pick(
        $"L’échéance reste le **{DateText.Date(deadline, l)}**.", $"The deadline stays **{DateText.Date(deadline, l)}**.");

    public static string CommentOf(Language l, string by, string comment) => l.Pick(
        $"Commentaire de {by} : « {comment} »", $"Comment from {by}: “{comment}”");

    private static string Quoted(Language l, string? comment) => comment is null ? "" : l.Pick($" : « {comment} »", $": “{comment}”");

    private static DateOnly Day(DateTimeOffset? at) => ParisTime.DateOf(at ?? default);
}
