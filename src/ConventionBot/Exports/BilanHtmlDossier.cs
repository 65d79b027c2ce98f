using System.Text;
using ConventionBot.Calendar;
using ConventionBot.Funding.Contract;

namespace ConventionBot.Exports;

/// <summary>The contribution dossier's files (art. 3): every version, who sent it and when, and those refused, with signed links.</summary>
internal static class BilanHtmlDossier
{
    public static void Write(StringBuilder html, ConsolidatedBilan bilan) => Html.TableSection(
        html, "dossier", $"Dossier de la contribution {bilan.Year.Year} (article 3)", $"Aucun fichier déposé pour le dossier de {bilan.Year.Year}.",
        ["Pièce", "Fichier", "Version", "Déposé le", "Par", "État"],
        [.. bilan.Dossier.Select(document => (IReadOnlyList<string>)
        [
            Html.Encode(document.Item),
            $"<a href=\"{Html.Encode(document.Download.AbsoluteUri)}\">{Html.Encode(document.FileName)}</a>",
            document.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Html.Encode(DateText.Numeric(document.At)),
            Html.Encode(document.By ?? "—"),
            Html.Encode(Typography.French(State(document))),
        ])],
        "Les liens vers les fichiers expirent comme celui de ce document.");

    /// <summary>"reçu", or "refusé le … par … : motif".</summary>
    public static string State(DossierDocument document) => document.RejectedReason is { } reason
        ? $"refusé le {(document.RejectedAt is { } at ? DateText.Numeric(at) : "?")} par {document.RejectedBy ?? "?"} : {reason}"
        : "reçu";
}
