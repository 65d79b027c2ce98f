using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ConventionBot.Exports;

/// <summary>HTML encoding for documents built from user text: everything typed goes through <see cref="Encode"/>.</summary>
internal static class Html
{
    // Letters of every script stay readable in the source; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>Encoded text whose line breaks become paragraphs and &lt;br&gt;.</summary>
    public static string Paragraphs(string text, string empty)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"<p class=\"empty\">{Encode(empty)}</p>";
        }
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + string.Join("<br>", p.Split('\n').Select(Encode)) + "</p>");
        return string.Concat(paragraphs);
    }

    /// <summary>
    /// A section of the document: its heading, then a table with a header row and one row per item (cells already
    /// HTML), and an optional note; or the <paramref name="empty"/> sentence when there is no row.
    /// </summary>
    public static void TableSection(
        StringBuilder html, string id, string title, string empty, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(Encode(title)).Append("</h2>\n");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(Encode(empty)).Append("</p>\n</section>\n");
            return;
        }
        html.Append("<table>\n<thead><tr>").AppendJoin("", headers.Select(h => $"<th scope=\"col\">{Encode(h)}</th>")).Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><td>").AppendJoin("</td><td>", row).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (note is not null)
        {
            html.Append("<p class=\"meta\">").Append(Encode(note)).Append("</p>\n");
        }
        html.Append("</section>\n");
    }
}
