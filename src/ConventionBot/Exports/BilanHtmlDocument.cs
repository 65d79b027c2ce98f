using System.Text;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conversation;

namespace ConventionBot.Exports;

/// <summary>
/// The consolidated bilan as a printable French HTML page, in the convention's order: synthesis (status, key figures
/// and totals, modalities), then each axis and its chantiers, then the year's governance meetings.
/// </summary>
internal static class BilanHtmlDocument
{
    private const Language French = Language.French;

    public static string Write(ConsolidatedBilan bilan)
    {
        var html = new StringBuilder();
        var title = $"Bilan annuel {bilan.Year.Year} — {bilan.Convention.Title}";
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(title)).Append("</title>\n<style>").Append(BilanHtmlStyle.Css).Append("</style>\n</head>\n<body>\n");
        Header(html, bilan);
        // Landmarks (header, main, footer) let a screen reader jump to the content (RGAA 12.6).
        html.Append("<main>\n");
        Synthesis(html, bilan);
        BilanHtmlChantiers.Write(html, bilan);
        BilanHtmlChantiers.Governance(html, bilan);
        BilanHtmlDossier.Write(html, bilan);
        BilanHtmlJournal.Annex(html, bilan);
        html.Append("</main>\n<footer>Document établi par ConventionBot le ").Append(Html.Encode(DateText.Moment(bilan.GeneratedAt, French)))
            .Append(", à partir des contributions saisies dans Teams. Les chantiers non validés sont signalés comme tels.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ConsolidatedBilan bilan)
    {
        var convention = bilan.Convention;
        var campaign = bilan.Year.Campaign;
        html.Append("<header>\n<p class=\"parties\">").Append(Html.Encode(string.Join(" · ", convention.Parties.Select(p => p.Name)))).Append("</p>\n")
            .Append("<h1>Bilan annuel ").Append(bilan.Year.Year).Append("</h1>\n")
            .Append("<p class=\"subtitle\">").Append(Html.Encode(convention.Title))
            .Append(" — bilan des actions mises en œuvre (article 5), établi en vue du comité de pilotage annuel.</p>\n")
            .Append("<p class=\"meta\">")
            .Append(campaign is null ? "Campagne de bilan non ouverte." : Html.Encode($"Date limite de remise : {DateText.Day(campaign.Deadline, French)}."))
            .Append(' ').Append(Html.Encode(BilanLabels.ProgressValue(French, bilan.Year))).Append(".</p>\n</header>\n");
    }

    private static void Synthesis(StringBuilder html, ConsolidatedBilan bilan)
    {
        var chantiers = bilan.Year.Chantiers;
        html.Append("<section id=\"synthese\">\n<h2>Synthèse</h2>\n<table>\n<thead><tr><th scope=\"col\">Chantier</th><th scope=\"col\">Statut</th><th scope=\"col\">Avancement</th><th scope=\"col\">Dernière modification</th></tr></thead>\n<tbody>\n");
        foreach (var c in chantiers)
        {
            var chantier = bilan.Convention.FindChantier(c.Chantier)!;
            html.Append("<tr><td>").Append(chantier.Number).Append(". ").Append(Html.Encode(chantier.ShortTitle))
                .Append("</td><td class=\"status-").Append(c.Status.ToString().ToLowerInvariant()).Append("\">").Append(Html.Encode(BilanLabels.Status(French, c.Status)))
                .Append("</td><td>").Append(Html.Encode(c.Content.Progress is { } p ? BilanLabels.Progress(French, p) : "—"))
                .Append("</td><td>").Append(Html.Encode(CardTexts.Touched(French, c.LastBy, c.LastAt))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n<h3>Chiffres clés</h3>\n<table class=\"figures\">\n<thead><tr><th scope=\"col\">Indicateur</th>");
        html.AppendJoin("", chantiers.Select(c => $"<th scope=\"col\">Ch. {c.Chantier}</th>")).Append("<th scope=\"col\">Total</th></tr></thead>\n<tbody>\n");
        foreach (var figure in BilanFigure.All)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.Encode(figure.French)).Append("</th>");
            html.AppendJoin("", chantiers.Select(c => "<td>" + (c.Content.Figures.TryGetValue(figure.Id, out var n) ? Html.Encode(NumberText.Number(n, French)) : "—") + "</td>"));
            html.Append("<td class=\"total\">").Append(bilan.Total(figure) is { } total ? Html.Encode(NumberText.Number(total, French)) : "—").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n<h3>Modalités d’intervention mobilisées (article 2)</h3>\n<table>\n<thead><tr><th scope=\"col\">Modalité</th><th scope=\"col\">Chantiers</th></tr></thead>\n<tbody>\n");
        foreach (var modality in bilan.Convention.Modalities)
        {
            var users = bilan.ChantiersUsing(modality);
            html.Append("<tr><td>").Append(modality.Number).Append(". ").Append(Html.Encode(modality.ShortLabel)).Append("</td><td>")
                .Append(users.Count == 0 ? "—" : string.Join(", ", users)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }
}
