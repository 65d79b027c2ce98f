using ConventionBot.Calendar;

namespace ConventionBot.Funding;

/// <summary>What the dossier's files say: on the upload page (French: it opens outside Teams) and on the card (both languages).</summary>
internal static class DossierTexts
{
    public const string LinkTitle = "Dépôt d’une pièce du dossier";

    private const string AskAgain = "Ouvrez le suivi de la contribution dans Teams (« financement » suivi de l’année), actualisez la carte et utilisez le nouveau lien « Déposer un fichier ».";

    public const string UnknownItem = "Ce lien ne correspond à aucune pièce du dossier de contribution.";

    public const string InvalidLink = "Ce lien de dépôt n’est pas valide : il a été modifié ou copié incomplètement. Rien n’a été enregistré. " + AskAgain;

    public const string ExpiredLink = "Ce lien de dépôt a expiré. Rien n’a été enregistré. " + AskAgain;

    public const string UsedLink = "Ce lien de dépôt a déjà servi : chaque lien ne dépose qu’un fichier. Rien de plus n’a été enregistré. " + AskAgain;

    public static string PageTitle(string item, int year) => $"Contribution {year} — déposer une pièce";

    public static string Problem(DossierUploadProblem problem, long maxBytes) => problem switch
    {
        DossierUploadProblem.TooLarge => $"Le fichier dépasse la taille maximale de {DossierPage.Size(maxBytes)}. Réduisez-le (PDF compressé, image moins lourde) ou découpez-le.",
        DossierUploadProblem.Empty => $"Le fichier est vide (0{Typography.NoBreakSpace}octet). Vérifiez qu’il s’ouvre sur votre poste, puis déposez-le à nouveau.",
        DossierUploadProblem.BadName => $"Le nom du fichier contient des caractères interdits (/, \\, .. ou caractères de contrôle) ou dépasse {DossierFileRules.MaxNameLength} caractères. Renommez le fichier, puis déposez-le à nouveau.",
        DossierUploadProblem.BadType => "Ce type de fichier n’est pas accepté, ou son contenu ne correspond pas à son extension. Formats acceptés : PDF, PNG, JPEG, documents Word, Excel, PowerPoint ou OpenDocument.",
        _ => "Aucun fichier n’a été reçu. Choisissez un fichier, puis cliquez sur « Déposer le fichier ».",
    };

    public static string Stored(DossierFile file, string item) =>
        $"Le fichier « {file.FileName} » ({DossierPage.Size(file.Size)}) est enregistré pour la pièce « {item} », déposé par {file.By ?? "vous"} le {DateText.Moment(file.At, Language.French)}. La pièce est cochée comme reçue. Vous pouvez fermer cette page ; actualisez la carte dans Teams pour le voir.";

    public static string Upload(Language l) => l.Pick("Déposer un fichier", "Upload a file");

    public static string UploadHint(Language l, DateTimeOffset expires) => l.Pick(
        $"Les liens « Déposer un fichier » servent une fois et jusqu’au {DateText.Moment(expires, l)} ; les liens de téléchargement s’ouvrent sans connexion Teams : ne les transmettez qu’aux parties.",
        $"“Upload a file” links work once, until {DateText.Moment(expires, l)}; download links open without Teams sign-in: only pass them to the parties.");

    // The card quotes names and reasons in part, so that no upload can make it too large; the export has them whole.
    public static string File(Language l, DossierFile file, int version) => l.Pick(
        $"{Typography.Excerpt(file.FileName)} (version {version}, {DossierPage.Size(file.Size)}) : déposé par {file.By ?? "?"} le {DateText.Moment(file.At, l)}",
        $"{Typography.Excerpt(file.FileName)} (version {version}): uploaded by {file.By ?? "?"} on {DateText.Moment(file.At, l)}");

    public static string Rejected(Language l, DossierRejection rejection) => l.Pick(
        $"refusé par {rejection.By ?? "?"} le {DateText.Moment(rejection.At, l)} : {Typography.Excerpt(rejection.Reason, 150)}",
        $"rejected by {rejection.By ?? "?"} on {DateText.Moment(rejection.At, l)}: {Typography.Excerpt(rejection.Reason, 150)}");

    public static string Download(Language l, int version) => l.Pick($"Télécharger la version {version}", $"Download version {version}");

    public static string Reject(Language l) => l.Pick("Refuser le fichier", "Reject the file");

    public static string RejectTitle(Language l) => l.Pick("Refuser un fichier (administrateurs)", "Reject a file (administrators)");

    public static string RejectFileLabel(Language l) => l.Pick("Fichier à refuser (la version la plus récente de chaque pièce)", "File to reject (the newest version of each document)");

    public static string Choice(string item, DossierFile file) => $"{Typography.Excerpt(item, 40)} — {Typography.Excerpt(file.FileName, 40)}";

    public static string RejectFileRequired(Language l) => l.Pick("Choisissez le fichier à refuser.", "Choose the file to reject.");

    public static string RejectReason(Language l) => l.Pick("Motif du refus (transmis à l’AR Hlm)", "Reason for rejecting (sent to the AR Hlm)");

    public static string RejectedNotice(Language l, string name) => l.Pick(
        $"Fichier « {name} » refusé ; l’AR Hlm en est informée.", $"File “{name}” rejected; the AR Hlm is told.");

    public static string RejectReasonRequired(Language l) => l.Pick("Indiquez le motif du refus : il est transmis à l’AR Hlm.", "Give the reason for rejecting: it is sent to the AR Hlm.");

    public static string RejectConflict(Language l) => l.Pick(
        "Rien n’a été enregistré : ce fichier a déjà été refusé ou a changé entre-temps. La carte montre son état actuel.",
        "Nothing was saved: this file was already rejected or changed in the meantime. The card shows its current state.");

    public static string OlderVersions(Language l, int count) => l.Pick(
        $"et {NumberText.Count(count, l, "version plus ancienne, conservée", "versions plus anciennes, conservées")} (liste complète dans le bilan consolidé)",
        $"and {NumberText.Count(count, l, "older version, kept", "older versions, kept")} (full list in the consolidated bilan)");
}
