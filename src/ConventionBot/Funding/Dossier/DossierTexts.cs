using ConventionBot.Calendar;
using ConventionBot.Conventions;

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
        $"Les liens « Déposer un fichier » servent une fois et jusqu’au {DateText.Moment(expires, l)} ; les liens de téléchargement s’ouvrent sans connexion Teams : ne les transmettez qu’aux parties. En conversation privée avec moi, vous pouvez aussi joindre le fichier à un message qui nomme la pièce et l’année (« rib 2023 »).",
        $"“Upload a file” links work once, until {DateText.Moment(expires, l)}; download links open without Teams sign-in: only pass them to the parties. In a personal chat with me, you may also attach the file to a message naming the document and the year (“rib 2023”).");

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

    public static string ChatFilesPersonalOnly(Language l) => l.Pick(
        "Je ne reçois les fichiers qu’en conversation privée. Ici, utilisez le bouton « Déposer un fichier » de la carte de la contribution (« financement 2023 »).",
        "I only receive files in a personal chat. Here, use the contribution card’s “Upload a file” button (“funding 2023”).");

    public static string ChatFilesWhich(Language l, IReadOnlyList<ContributionDocument> items, IEnumerable<int> years) => l.Pick(
        $"Pour quelle pièce et quelle année ? Renvoyez le fichier avec, dans le même message, le nom de la pièce et l’année, par exemple « rib {years.Last()} ». Pièces : {string.Join(", ", items.Select(i => $"{i.Id} ({i.Label})"))}. Rien n’a été enregistré.",
        $"For which document and which year? Send the file again with, in the same message, the document’s name and the year, for example “rib {years.Last()}”. Documents: {string.Join(", ", items.Select(i => $"{i.Id} ({i.Label})"))}. Nothing was stored.");

    public static string ChatFilesOneAtATime(Language l) => l.Pick(
        "Un fichier à la fois, s’il vous plaît : renvoyez-les un par un, chacun avec sa pièce et son année. Rien n’a été enregistré.",
        "One file at a time, please: send them one by one, each with its document and year. Nothing was stored.");

    public static string ChatFilesNotFromTeams(Language l) => l.Pick(
        "Ce fichier ne vient pas de l’espace de stockage de Teams : je ne le télécharge pas. Joignez-le depuis votre poste ou OneDrive. Rien n’a été enregistré.",
        "This file does not come from Teams’ storage: I do not download it. Attach it from your computer or OneDrive. Nothing was stored.");

    public static string ChatFilesNotReceived(Language l) => l.Pick(
        "Teams ne m’a pas transmis le fichier. Renvoyez-le dans quelques instants. Rien n’a été enregistré.",
        "Teams did not hand me the file. Send it again in a moment. Nothing was stored.");

    public static string ChatFileStored(Language l, DossierFile file, string item, int year) => l.Pick(
        $"Le fichier « {file.FileName} » ({DossierPage.Size(file.Size)}) est enregistré pour la pièce « {item} » de la contribution {year}, et la pièce est cochée comme reçue. Il figure sur la carte « financement {year} ».",
        $"The file “{file.FileName}” ({DossierPage.Size(file.Size)}) is stored for the document “{item}” of the {year} contribution, which is ticked as received. It is on the “funding {year}” card.");
}
