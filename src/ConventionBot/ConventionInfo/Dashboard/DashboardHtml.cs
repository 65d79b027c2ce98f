using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// The dashboard as HTML: one table per panel (state in words, with a symbol and a colour beside them), its chart as
/// SVG with a text alternative, then the deadlines. <see cref="Page"/> is the whole document; <see cref="Content"/> the
/// part the Teams tab fetches once it holds a token.
/// </summary>
internal static class DashboardHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <param name="content">The dashboard's content, or null for the shell the tab's script fills in.</param>
    public static string Page(Language l, string theme, string? content) => $"""
        <!DOCTYPE html>
        <html lang="{l.Pick("fr", "en")}" data-theme="{Encode(theme)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(l.Pick("Tableau de bord — ConventionBot", "Dashboard — ConventionBot"))}</title>
        <link rel="stylesheet" href="/tab/dashboard.css">
        {(content is null ? """<script src="/tab/teams.js"></script><script src="/tab/dashboard.js" defer></script>""" : "")}
        </head>
        <body>
        <main id="dashboard" aria-live="polite">{content ?? $"<p>{Encode(l.Pick("Chargement du tableau de bord…", "Loading the dashboard…"))}</p>"}</main>
        </body>
        </html>
        """;

    /// <param name="chatLink">A link that opens the chat with the bot on a command (Teams deep link); null where there is none (Development).</param>
    public static string Content(Dashboard dashboard, Language l, Func<string, Uri>? chatLink = null)
    {
        var html = new StringBuilder();
        var standing = dashboard.Standing;
        html.Append(CultureInfo.InvariantCulture, $"<header><p class=\"parties\">{Encode(l.Pick("Tableau de bord", "Dashboard"))}</p><h1>{Encode(standing.Convention.Title)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Encode(Headline(standing, l))} · {Encode(l.Pick("données au ", "data as of "))}{Encode(DateText.Moment(dashboard.At, l))}</p></header>");
        if (chatLink is not null)
        {
            // The consolidated document of each year, opened from the chat (its links are signed there, per person).
            html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(l.Pick("Bilan consolidé (document imprimable) : ", "Consolidated bilan (printable document): "))}");
            html.AppendJoin(" · ", standing.Convention.Years.Select(y => Linked(y.ToString(CultureInfo.InvariantCulture), l.Pick($"export bilan {y}", $"export report {y}"), chatLink)));
            html.Append("</p>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"legend\">{Encode(l.Pick("Légende :", "Key:"))} {string.Join(" · ", Dashboard.Tones.Select(t => $"<span class=\"tone-{Tone(t)}\"><span aria-hidden=\"true\">{Dashboard.Symbol(t)}</span> {Encode(Dashboard.ToneName(t, l))}</span>"))}</p>");
        foreach (var panel in dashboard.Panels)
        {
            var id = "panel-" + panel.Order.ToString(CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<section><h2 id=\"{id}\">{Encode(panel.Title)}</h2><div class=\"panel\"><table aria-labelledby=\"{id}\"><thead><tr><th scope=\"col\">{Encode(panel.Corner)}</th>");
            html.AppendJoin("", panel.Columns.Select((c, i) => $"<th scope=\"col\">{Linked(c, panel.ColumnCommands?[i], chatLink)}</th>"));
            html.Append("</tr></thead><tbody>");
            foreach (var row in panel.Rows)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Encode(row.Header)}</th>");
                html.AppendJoin("", row.Cells.Select(Cell));
                html.Append("</tr>");
            }
            html.Append("</tbody></table>");
            if (panel.Chart is { } chart)
            {
                html.Append(DashboardSvg.Figure(chart, "chart-" + id));
            }
            html.Append("</div>");
            if (panel.Command is { } command && chatLink is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{Linked(l.Pick($"Ouvrir « {command} » dans la conversation", $"Open “{command}” in the chat"), command, chatLink)}</p>");
            }
            html.Append("</section>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Encode(l.Pick("Échéances en retard et des 90 prochains jours", "Deadlines overdue and in the next 90 days"))}</h2>");
        html.Append(dashboard.Deadlines.Count == 0
            ? $"<p>{Encode(l.Pick("Aucune échéance.", "No deadline."))}</p>"
            : "<ul class=\"deadlines\">" + string.Concat(dashboard.Deadlines.Select(d => Deadline(d, l))) + "</ul>");
        html.Append("</section>");
        return html.ToString();
    }

    // A deep link opens the chat in Teams (the tab's script hands it to Teams); plain text where there is none.
    private static string Linked(string text, string? command, Func<string, Uri>? chatLink) =>
        command is null || chatLink is null ? Encode(text) : $"<a class=\"chat\" href=\"{Encode(chatLink(command).AbsoluteUri)}\">{Encode(text)}</a>";

    private static string Cell(DashboardCell cell) =>
        $"<td class=\"tone-{Tone(cell.Tone)}\"><span aria-hidden=\"true\">{Dashboard.Symbol(cell.Tone)}</span> {Encode(cell.Text)}"
        + (cell.Detail is { } detail ? $"<br><small>{Encode(detail)}</small>" : "") + "</td>";

    private static string Deadline(Deadline d, Language l) =>
        $"<li class=\"tone-{Tone(d.IsOverdue ? DashboardTone.Late : DashboardTone.InProgress)}\">"
        + (d.IsOverdue ? $"<span aria-hidden=\"true\">⚠</span> <strong>{Encode(l.Pick("En retard", "Overdue"))}</strong> — " : "")
        + $"<time datetime=\"{d.When.ToString("O", CultureInfo.InvariantCulture)}\">{Encode(DateText.Numeric(ParisTime.DateOf(d.When)))}</time> — {Encode(d.Title)}"
        + (d.Detail is { Length: > 0 } detail ? $" <small>({Encode(detail)})</small>" : "") + "</li>";

    private static string Headline(ConventionStanding s, Language l) => s.Phase switch
    {
        ConventionPhase.Running => StandingTexts.Running(s, l),
        ConventionPhase.NotStarted => StandingTexts.NotStarted(s, l),
        _ => StandingTexts.EndedShort(s, l),
    };

    private static string Tone(DashboardTone tone) => tone.ToString().ToLowerInvariant();
}
