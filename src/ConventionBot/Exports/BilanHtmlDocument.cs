using System.Text;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
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
        if (bilan.Convention.Contribution is not null)
        {
            BilanHtmlDossier.Write(html, bilan);
        }
        BilanHtmlJournal.Annex(html, bilan);
        html.Append("</main>\n<footer>Document établi par ConventionBot le ").Append(Html.Encode(DateText.Moment(bilan.GeneratedAt, French)))
            .Append(Html.Encode($", à partir des contributions saisies dans Teams. Les {bilan.Convention.Levels.Item.Plural} non {bilan.Convention.Levels.Item.Agree("validés", "validées")} sont {bilan.Convention.Levels.Item.Agree("signalés", "signalées")} comme tels."))
            .Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ConsolidatedBilan bilan)
    {
        var convention = bilan.Convention;
        var campaign = bilan.Year.Campaign;
        html.Append("<header>\n<p class=\"parties\">").Append(Html.Encode(string.Join(" · ", convention.Parties.Select(p => p.Name)))).Append("</p>\n")
            .Append("<h1>Bilan annuel ").Append(bilan.Year.Year).Append("</h1>\n")
            .Append("<p class=\"subtitle\">").Append(Html.Encode(convention.Title))
            .Append(Html.Encode(Purpose(convention))).Append("</p>\n")
            .Append("<p class=\"meta\">")
            .Append(campaign is null ? "Campagne de bilan non ouverte." : Html.Encode($"Date limite de remise : {DateText.Day(campaign.Deadline, French)}."))
            .Append(' ').Append(Html.Encode(BilanLabels.ProgressValue(French, bilan.Year))).Append(".</p>\n</header>\n");
    }

    // The bilan prepares the instance the definition names (the 2022-2024 convention's yearly COPIL, art. 5).
    private static string Purpose(ConventionDefinition convention) =>
        convention.AnnualBilan?.BeforeInstanceCode is { } code && convention.Instance(code) is { } instance
            ? $" — bilan des actions mises en œuvre, établi en vue du {instance.Name.ToLowerInvariant()} annuel."
            : " — bilan annuel des actions mises en œuvre.";

    private static void Synthesis(StringBuilder html, ConsolidatedBilan bilan)
    {
        var chantiers = bilan.Year.Chantiers;
        var item = bilan.Convention.Levels.Item;
        html.Append("<section id=\"synthese\">\n<h2>Synthèse</h2>\n<table>\n<thead><tr><th scope=\"col\">").Append(item.Title(French)).Append("</th><th scope=\"col\">Statut</th><th scope=\"col\">Avancement</th><th scope=\"col\">Dernière modification</th></tr></thead>\n<tbody>\n");
        foreach (var c in chantiers)
        {
            var chantier = bilan.Convention.FindChantier(c.Chantier)!;
            html.Append("<tr><td>").Append(chantier.Number).Append(". ").Append(Html.Encode(chantier.ShortTitle))
                .Append("</td><td class=\"status-").Append(c.Status.ToString().ToLowerInvariant()).Append("\">").Append(Html.Encode(BilanLabels.Status(French, c.Status)))
                .Append("</td><td>").Append(Html.Encode(c.Content.Progress is { } p ? BilanLabels.Progress(French, p) : "—"))
                .Append("</td><td>").Append(Html.Encode(CardTexts.Touched(French, c.LastBy, c.LastAt))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (bilan.Convention.ItemsShareIndicators)
        {
            IndicatorMatrix(html, bilan);
        }
        else
        {
            IndicatorList(html, bilan);
        }
        if (bilan.Convention.Modalities.Count == 0)
        {
            html.Append("</section>\n");
            return;
        }
        html.Append("<h3>Modalités d’intervention mobilisées (article 2)</h3>\n<table>\n<thead><tr><th scope=\"col\">Modalité</th><th scope=\"col\">").Append(item.Titles(French)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var modality in bilan.Convention.Modalities)
        {
            var users = bilan.ChantiersUsing(modality);
            html.Append("<tr><td>").Append(modality.Number).Append(". ").Append(Html.Encode(modality.ShortLabel)).Append("</td><td>")
                .Append(users.Count == 0 ? "—" : string.Join(", ", users)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Every item reports the same indicators: one column per item, one row per indicator, and the total.</summary>
    private static void IndicatorMatrix(StringBuilder html, ConsolidatedBilan bilan)
    {
        var chantiers = bilan.Year.Chantiers;
        var abbreviation = bilan.Convention.Levels.Item.Title(French)[..2] + ".";
        html.Append("<h3>Indicateurs</h3>\n<table class=\"figures\">\n<thead><tr><th scope=\"col\">Indicateur</th>");
        html.AppendJoin("", chantiers.Select(c => $"<th scope=\"col\">{abbreviation} {c.Chantier}</th>")).Append("<th scope=\"col\">Total</th></tr></thead>\n<tbody>\n");
        foreach (var indicator in bilan.Convention.AllIndicators)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.Encode(indicator.Name)).Append("</th>");
            html.AppendJoin("", chantiers.Select(c => "<td>" + (c.Content.Figures.TryGetValue(indicator.Id, out var v) ? Html.Encode(indicator.Format(v, French)) : "—") + "</td>"));
            html.Append("<td class=\"total\">").Append(bilan.Total(indicator) is { } total ? Html.Encode(indicator.FormatNumber(total, French)) : "—").Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// Items with indicators of their own (a PLH's actions): one row per indicator that has a value this year or a
    /// target, with the items that report it, the year's total and the target. The others are counted, not listed:
    /// a programme has too many for a table of empty rows. Texts are in each item's section.
    /// </summary>
    private static void IndicatorList(StringBuilder html, ConsolidatedBilan bilan)
    {
        var numeric = bilan.Convention.AllIndicators.Where(i => i.IsNumeric).ToList();
        if (numeric.Count == 0)
        {
            return;
        }
        var item = bilan.Convention.Levels.Item;
        var shown = numeric.Where(i => bilan.Total(i) is not null || bilan.Convention.YearlyTarget(i) is not null).ToList();
        html.Append("<h3>Indicateurs chiffrés</h3>\n");
        if (shown.Count < numeric.Count)
        {
            var left = numeric.Count - shown.Count;
            html.Append("<p>").Append(Html.Encode(Typography.French(left == 1
                ? "Un indicateur chiffré, sans valeur cette année ni objectif, n’est pas repris ici."
                : $"{NumberText.Number(left, French)} indicateurs chiffrés, sans valeur cette année ni objectif, ne sont pas repris ici."))).Append("</p>\n");
        }
        if (shown.Count == 0)
        {
            return;
        }
        html.Append("<table class=\"figures\">\n<thead><tr><th scope=\"col\">Indicateur</th><th scope=\"col\">")
            .Append(item.Titles(French)).Append("</th><th scope=\"col\">Total de l’année</th><th scope=\"col\">Objectif annuel</th></tr></thead>\n<tbody>\n");
        foreach (var indicator in shown)
        {
            var total = bilan.Total(indicator);
            var target = bilan.Convention.YearlyTarget(indicator) is { } t ? indicator with { Target = t } : null;
            html.Append("<tr><th scope=\"row\">").Append(Html.Encode(indicator.Name)).Append("</th><td>")
                .Append(string.Join(", ", bilan.Convention.Reporting(indicator).Select(c => c.Number)))
                .Append("</td><td class=\"total\">").Append(total is { } sum ? Html.Encode(indicator.FormatNumber(sum, French)) : "—")
                .Append("</td><td>").Append(target is null ? "—" : Html.Encode(total is { } v ? target.AgainstTarget(v, French)! : target.FormatNumber(target.Target!.Value, French)))
                .Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }
}
