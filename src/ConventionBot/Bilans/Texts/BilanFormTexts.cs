using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>The chantier form's labels and messages, in French and English.</summary>
internal static class BilanFormTexts
{
    public static string Label(Language l, string id) => id switch
    {
        BilanForm.Modalities => l.Pick("Modalités d’intervention mobilisées", "Modalities of intervention used"),
        BilanForm.Actions => l.Pick("Actions menées", "Actions carried out"),
        BilanForm.Difficulties => l.Pick("Difficultés rencontrées", "Difficulties met"),
        BilanForm.Outlook => l.Pick("Perspectives pour l’année suivante", "Outlook for next year"),
        BilanForm.Progress => l.Pick("Avancement", "Progress"),
        _ => id,
    };

    public static string FiguresTitle(Language l) => l.Pick("Indicateurs", "Indicators");

    public static string SaveDraft(Language l) => l.Pick("Enregistrer le brouillon", "Save draft");

    public static string Validate(Language l) => l.Pick("Valider", "Validate");

    public static string RequestChanges(Language l) => l.Pick("Demander des modifications", "Request changes");

    public static string NotSaved(Language l) => l.Pick(
        "Rien n’a été enregistré. Corrigez ce qui suit ; tout ce que vous avez saisi est conservé ci-dessous :",
        "Nothing was saved. Please fix the following; everything you typed is kept below:");

    public static string UnknownModality(Language l, string value) => l.Pick(
        $"Modalité d’intervention inconnue : « {Typography.Excerpt(value)} ».", $"Unknown modality of intervention: “{Typography.Excerpt(value)}”.");

    public static string UnknownProgress(Language l, string value) => l.Pick(
        $"Avancement inconnu : « {Typography.Excerpt(value)} ». Choisissez-en un dans la liste.", $"Unknown progress: “{Typography.Excerpt(value)}”. Pick one from the list.");

    public static string NotWhole(Language l, string label, string typed) => l.Pick(
        $"« {label} » doit être un nombre entier (vous avez saisi « {Typography.Excerpt(typed)} »).",
        $"“{label}” must be a whole number (you typed “{Typography.Excerpt(typed)}”).");

    public static string NotANumber(Language l, string label, string typed) => l.Pick(
        $"« {label} » doit être un nombre, par exemple 12,5 (vous avez saisi « {Typography.Excerpt(typed)} »).",
        $"“{label}” must be a number, e.g. 12.5 (you typed “{Typography.Excerpt(typed)}”).");

    public static string Negative(Language l, string label, string typed) => l.Pick(
        $"« {label} » ne peut pas être négatif (vous avez saisi « {Typography.Excerpt(typed)} »).",
        $"“{label}” cannot be negative (you typed “{Typography.Excerpt(typed)}”).");

    public static string TooLarge(Language l, string label, string typed, long max) => l.Pick(
        $"« {label} » ne peut pas dépasser {NumberText.Number(max, l)} (vous avez saisi « {Typography.Excerpt(typed)} »).",
        $"“{label}” cannot exceed {NumberText.Number(max, l)} (you typed “{Typography.Excerpt(typed)}”).");

    public static string SubmitNeedsContent(Language l) => l.Pick(
        "Pour soumettre, décrivez les actions menées et choisissez l’avancement.",
        "To submit, describe the actions carried out and choose the progress.");

    public static string CommentRequired(Language l) => l.Pick(
        "Expliquez dans le commentaire ce qui doit être modifié.", "Explain in the comment what must change.");

    public static string Conflict(Language l, LevelWord item, string? by, string? at) => l.Pick(
        $"Rien n’a été enregistré : {by ?? "quelqu’un"} a modifié {item.This(l)} entre-temps ({at}). Voici la dernière version ; vos saisies sont conservées dans le formulaire : reportez-y ce qui doit l’être, puis enregistrez à nouveau.",
        $"Nothing was saved: {by ?? "someone"} changed {item.This(l)} in the meantime ({at}). Here is the latest version; what you typed is kept in the form: merge what must be, then save again.");

    public static string LatestVersion(Language l) => l.Pick("Dernière version enregistrée", "Latest saved version");

    public static string Saved(Language l) => l.Pick("Brouillon enregistré.", "Draft saved.");

    /// <summary>"Chantier validé.", "Action validée."</summary>
    public static string ValidatedNotice(Language l, LevelWord item, ReviewReach? reach) =>
        l.Pick($"{item.Title(l)} {item.Agree("validé", "validée")}.", $"{item.Title(l)} validated.") + " " + Reached(l, reach);

    public static string ChangesRequestedNotice(Language l, ReviewReach? reach) => l.Pick("Modifications demandées.", "Changes requested.") + " " + Reached(l, reach);

    /// <summary>Who was told of the review, truthfully: never "told" when nobody was.</summary>
    public static string Reached(Language l, ReviewReach? reach) => reach switch
    {
        { Conversations: > 0 and var n } => l.Pick(
            $"Ses contributeurs en sont avertis : message envoyé dans {NumberText.Count(n, l, "conversation", "conversations")}.",
            $"Its contributors are told: message sent to {NumberText.Count(n, l, "conversation", "conversations")}."),
        { OnlyHere: true } => l.Pick(
            "Ses contributeurs n’ont travaillé que dans cette conversation : personne d’autre à prévenir.",
            "Its contributors worked only in this conversation: nobody else to tell."),
        _ => l.Pick(
            "Personne n’a pu être prévenu : le bot ne connaît aucune conversation de ses contributeurs. Prévenez-les vous-même.",
            "Nobody could be told: the bot knows no conversation of its contributors. Please tell them yourself."),
    };

    public static string UpdateSubmitted(Language l) => l.Pick("Corriger la version soumise", "Correct the submitted version");

    public static string ValidatedLocked(Language l, LevelWord item) => l.Pick(
        $"{Typography.Capitalised(item.This(l))} est {item.Agree("validé", "validée")} : {item.Agree("il", "elle")} n’est plus modifiable. Un administrateur peut demander des modifications pour {item.Agree("le", "la")} rouvrir.",
        $"{Typography.Capitalised(item.This(l))} is validated: it can no longer be edited. An administrator can request changes to reopen it.");

    public static string CannotReview(Language l, LevelWord item) => l.Pick(
        $"{Typography.Capitalised(item.This(l))} n’est pas (ou plus) {item.Agree("soumis", "soumise")} : {item.Agree("il", "elle")} ne peut pas être {item.Agree("relu", "relue")} dans cet état.",
        $"{Typography.Capitalised(item.This(l))} is not (or no longer) submitted: it cannot be reviewed as it stands.");

    public static string History(Language l) => l.Pick("Historique", "History");

    public static string Empty(Language l) => l.Pick("(non renseigné)", "(not filled in)");
}
