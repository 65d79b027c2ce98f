using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ConventionBot.Calendar;

namespace ConventionBot.Funding;

/// <summary>
/// The small upload page, in French: a labelled file input in a plain form (no script, no outside resource), and
/// every outcome in words (RGAA: errors said in text, not by colour alone).
/// </summary>
internal static class DossierPage
{
    // Letters of every script stay readable; markup characters are always encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The form for <paramref name="item"/>, with a problem above it when a file was refused.</summary>
    public static string Form(string title, string item, string action, long maxBytes, string? problem = null)
    {
        var html = new StringBuilder();
        if (problem is not null)
        {
            html.Append("<div role=\"alert\" class=\"problem\"><p><strong>").Append(Html.Encode(Typography.French("Erreur : rien n’a été enregistré."))).Append("</strong></p><p>")
                .Append(Html.Encode(Typography.French(problem))).Append("</p></div>\n");
        }
        html.Append("<p>").Append(Html.Encode(Typography.French($"Pièce du dossier : {item}."))).Append("</p>\n")
            .Append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"").Append(Html.Encode(action)).Append("\">\n")
            .Append("<p><label for=\"fichier\">Fichier à déposer</label><br>\n")
            .Append("<input type=\"file\" id=\"fichier\" name=\"").Append(DossierUploadReader.FieldName).Append("\" required aria-describedby=\"regles\" accept=\"")
            .Append(string.Join(",", DossierFileRules.Extensions)).Append("\"></p>\n")
            .Append("<p id=\"regles\">").Append(Html.Encode(Typography.French(Rules(maxBytes)))).Append("</p>\n")
            .Append("<p><button type=\"submit\">Déposer le fichier</button></p>\n</form>\n");
        return Page(title, html.ToString());
    }

    /// <summary>A page that only says something: the outcome, or why the link does not work.</summary>
    public static string Message(string title, string message) =>
        Page(title, "<p role=\"status\">" + Html.Encode(Typography.French(message)) + "</p>\n");

    public static string Rules(long maxBytes) =>
        $"Formats acceptés : PDF, PNG, JPEG, documents Word, Excel, PowerPoint ou OpenDocument. Taille maximale : {Size(maxBytes)}. Le lien ne sert qu’une fois.";

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{NumberText.Number(bytes / (1024 * 1024), Language.French)}{Typography.NoBreakSpace}Mo"
        : $"{NumberText.Number(Math.Max(1, bytes / 1024), Language.French)}{Typography.NoBreakSpace}Ko";

    private static string Page(string title, string body) => new StringBuilder()
        .Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .Append("<title>").Append(Html.Encode(title)).Append(" — ConventionBot</title>\n")
        .Append("<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}")
        .Append(".problem{border:2px solid #a4262c;padding:0 1rem}button{font-size:1rem;padding:.4rem 1rem}</style>\n</head>\n<body>\n<main>\n")
        .Append("<h1>").Append(Html.Encode(title)).Append("</h1>\n").Append(body)
        .Append("</main>\n</body>\n</html>\n")
        .ToString();
}
