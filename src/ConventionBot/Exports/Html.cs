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
}
