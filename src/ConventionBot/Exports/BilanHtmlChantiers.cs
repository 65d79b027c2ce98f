using System.Text;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Exports;

/// <summary>The consolidated bilan's body: axes and their chantiers' contributions, then the year's governance.</summary>
internal static class BilanHtmlChantiers
{
    private const Language French = Language.French;
    private const string NotFilled = "Non renseigné.";

    public static void Write(StringBuilder html, ConsolidatedBilan bilan)
    {
        foreach (var axis in bilan.Convention.Axes)
        {
            html.Append("<section class=\"axis\">\n<h2>").Append(Html.Encode(bilan.Convention.AxisName(axis, French))).Append(" — ").Append(Html.Encode(axis.Title)).Append("</h2>\n");
            foreach (var chantier in bilan.Convention.Chantiers.Where(c => c.AxisNumber == axis.Number))
            {
                Chantier(html, bilan, bilan.Year.Chantier(chantier.Number), chantier);
            }
            html.Append("</section>\n");
        }
    }

    public static void Governance(StringBuilder html, ConsolidatedBilan bilan)
    {
        if (bilan.Convention.Governance.Instances.Count == 0)
        {
            return;
        }
        html.Append("<section id=\"gouvernance\">\n<h2>Gouvernance de l’année ").Append(bilan.Year.Year).Append("</h2>\n<p>");
        html.AppendJoin(" ; ", bilan.Convention.Governance.Instances.Select(i => Html.Encode($"{i.Name} ({i.Code}) : au moins {i.MinimumPerYear} par an")));
        html.Append(".</p>\n");
        if (bilan.Meetings.Count == 0)
        {
            html.Append("<p class=\"empty\">Aucune réunion de gouvernance n’est enregistrée pour ").Append(bilan.Year.Year).Append(".</p>\n</section>\n");
            return;
        }
        html.Append("<ul>\n");
        foreach (var meeting in bilan.Meetings.OrderBy(m => m.Start))
        {
            html.Append("<li><strong>").Append(Html.Encode(meeting.InstanceCode)).Append("</strong> — ")
                .Append(Html.Encode(DateText.Moment(meeting.Start, French))).Append(" — ").Append(Html.Encode(meeting.Title));
            if (meeting.Participants.Count > 0)
            {
                var names = string.Join(", ", meeting.Participants);
                html.Append("<p class=\"participants\">")
                    .Append(Html.Encode(French.Pick($"Participants ({meeting.Participants.Count}) : {names}", $"Participants ({meeting.Participants.Count}): {names}"))).Append("</p>");
            }
            if (meeting.Summary is { Length: > 0 } summary)
            {
                html.Append(Html.Paragraphs(summary, ""));
            }
            if (meeting.Decisions.Count > 0)
            {
                html.Append("<ul>").AppendJoin("", meeting.Decisions.Select(d => "<li>" + Html.Encode(d) + "</li>")).Append("</ul>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ul>\n</section>\n");
    }

    private static void Chantier(StringBuilder html, ConsolidatedBilan bilan, ChantierBilan contribution, Conventions.Chantier chantier)
    {
        if (contribution.Status == BilanStatus.NotStarted)
        {
            // Nothing was written: one line, not a page of empty sections.
            html.Append("<article id=\"chantier-").Append(chantier.Number).Append("\" class=\"not-started\">\n<h3>").Append(Html.Encode(bilan.Convention.Levels.Item.Numbered(chantier.Number, French))).Append(" — ")
                .Append(Html.Encode(chantier.ShortTitle)).Append("</h3>\n<p class=\"meta\">Statut : ")
                .Append(Html.Encode(BilanLabels.Status(French, contribution.Status))).Append(" — aucune contribution reçue.</p>\n</article>\n");
            return;
        }
        var content = contribution.Content;
        var touched = CardTexts.Touched(French, contribution.LastBy, contribution.LastAt);
        html.Append("<article id=\"chantier-").Append(chantier.Number).Append("\">\n<h3>").Append(Html.Encode(bilan.Convention.Levels.Item.Numbered(chantier.Number, French))).Append(" — ")
            .Append(Html.Encode(chantier.ShortTitle)).Append("</h3>\n<p class=\"meta\">Statut : <span class=\"status-").Append(contribution.Status.ToString().ToLowerInvariant())
            .Append("\">").Append(Html.Encode(BilanLabels.Status(French, contribution.Status))).Append("</span>")
            .Append(" · Avancement : ").Append(Html.Encode(content.Progress is { } p ? BilanLabels.Progress(French, p) : "non renseigné"))
            .Append(touched.Length == 0 ? "" : " · Dernière modification : " + Html.Encode(touched)).Append("</p>\n");
        if (BilanLabels.Review(French, contribution) is { } review)
        {
            html.Append("<p class=\"review\"><strong>").Append(Html.Encode(French.Pick($"Relecture{(bilan.Convention.Reviewer is { } r ? " de " + r.Named : "")} :", "Review:")))
                .Append("</strong> ").Append(Html.Encode(review)).Append("</p>\n");
        }
        if (bilan.Convention.Modalities.Count > 0)
        {
            html.Append("<h4>Modalités d’intervention mobilisées</h4>\n");
            var used = bilan.Convention.Modalities.Where(m => content.Modalities.Contains(m.Number)).ToList();
            html.Append(used.Count == 0 ? $"<p class=\"empty\">{NotFilled}</p>" : "<ul>" + string.Concat(used.Select(m => "<li>" + Html.Encode(m.ShortLabel) + "</li>")) + "</ul>").Append('\n');
        }
        html.Append("<h4>Actions menées</h4>\n").Append(Html.Paragraphs(content.Actions, NotFilled));
        Indicators(html, chantier, content);
        html.Append("<h4>Difficultés rencontrées</h4>\n").Append(Html.Paragraphs(content.Difficulties, NotFilled))
            .Append("\n<h4>Perspectives pour l’année suivante</h4>\n").Append(Html.Paragraphs(content.Outlook, NotFilled)).Append("\n</article>\n");
    }

    /// <summary>The item's indicators: name, value, and the target where there is one.</summary>
    private static void Indicators(StringBuilder html, Conventions.Chantier chantier, BilanContent content)
    {
        if (chantier.Indicators.Count == 0)
        {
            html.Append('\n');
            return;
        }
        var targets = chantier.Indicators.Any(i => i.Target is not null);
        html.Append("\n<h4>Indicateurs</h4>\n<table class=\"figures\">")
            .Append(targets ? "<thead><tr><th scope=\"col\">Indicateur</th><th scope=\"col\">Valeur</th><th scope=\"col\">Objectif annuel</th></tr></thead>" : "")
            .Append("<tbody>");
        foreach (var indicator in chantier.Indicators)
        {
            var value = content.Figures.GetValueOrDefault(indicator.Id);
            html.Append("<tr><th scope=\"row\">").Append(Html.Encode(indicator.Name)).Append("</th><td>")
                .Append(value is null ? "—" : Html.Encode(indicator.Format(value, French))).Append("</td>");
            if (targets)
            {
                var against = value is not null && Indicator.Number(value) is { } n ? indicator.AgainstTarget(n, French) : null;
                html.Append("<td>").Append(Html.Encode(against ?? indicator.TargetText ?? (indicator.Target is { } t ? indicator.FormatNumber(t, French) : "—"))).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>\n");
    }
}
