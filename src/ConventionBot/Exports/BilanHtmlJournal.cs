using System.Text;
using ConventionBot.Calendar;

namespace ConventionBot.Exports;

/// <summary>The document's annex: the year's changes from the audit journal, oldest first, as a table.</summary>
internal static class BilanHtmlJournal
{
    public static void Annex(StringBuilder html, ConsolidatedBilan bilan)
    {
        html.Append("<section id=\"journal\">\n<h2>Annexe — journal des modifications de ").Append(bilan.Year.Year).Append("</h2>\n");
        if (bilan.Journal.Count == 0)
        {
            html.Append("<p class=\"empty\">Aucune modification enregistrée pour ").Append(bilan.Year.Year).Append(".</p>\n</section>\n");
            return;
        }
        html.Append("<table>\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Personne</th><th scope=\"col\">Objet</th><th scope=\"col\">Modification</th></tr></thead>\n<tbody>\n");
        foreach (var entry in bilan.Journal)
        {
            html.Append("<tr><td>").Append(Html.Encode(DateText.Numeric(entry.At)))
                .Append("</td><td>").Append(Html.Encode(entry.ActorName ?? "—"))
                .Append("</td><td>").Append(Html.Encode(Typography.French(entry.Subject)))
                .Append("</td><td>").Append(Html.Encode(Typography.French(entry.Summary))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }
}
