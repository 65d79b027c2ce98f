using System.Text;
using ConventionBot.Calendar;
using ConventionBot.Funding.Contract;

namespace ConventionBot.Exports;

/// <summary>The contribution dossier's files (art. 3): every version, who sent it and when, and those refused, with signed links.</summary>
internal static class BilanHtmlDossier
{
    public static void Write(StringBuilder html, ConsolidatedBilan bilan)
    {
        html.Append("<section id=\"dossier\">\n<h2>Dossier de la contribution ").Append(bilan.Year.Year).Append(" (article 3)</h2>\n");
        if (bilan.Dossier.Count == 0)
        {
            html.Append("<p class=\"empty\">Aucun fichier déposé pour le dossier de ").Append(bilan.Year.Year).Append(".</p>\n</section>\n");
            return;
        }
        html.Append("<table>\n<thead><tr><th scope=\"col\">Pièce</th><th scope=\"col\">Fichier</th><th scope=\"col\">Version</th>")
            .Append("<th scope=\"col\">Déposé le</th><th scope=\"col\">Par</th><th scope=\"col\">État</th></tr></thead>\n<tbody>\n");
        foreach (var document in bilan.Dossier)
        {
            html.Append("<tr><td>").Append(Html.Encode(document.Item))
                .Append("</td><td><a href=\"").Append(Html.Encode(document.Download.AbsoluteUri)).Append("\">").Append(Html.Encode(document.FileName)).Append("</a>")
                .Append("</td><td>").Append(document.Version)
                .Append("</td><td>").Append(Html.Encode(DateText.Numeric(document.At)))
                .Append("</td><td>").Append(Html.Encode(document.By ?? "—"))
                .Append("</td><td>").Append(Html.Encode(Typography.French(State(document)))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n<p class=\"meta\">Les liens vers les fichiers expirent comme celui de ce document.</p>\n</section>\n");
    }

    /// <summary>"reçu", or "refusé le … par … : motif".</summary>
    public static string State(DossierDocument document) => document.RejectedReason is { } reason
        ? $"refusé le {(document.RejectedAt is { } at ? DateText.Numeric(at) : "?")} par {document.RejectedBy ?? "?"} : {reason}"
        : "reçu";
}
