using System.Globalization;
using System.Text;
using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Exports;

/// <summary>
/// Every chantier's contribution as CSV for French Excel: UTF-8 with a BOM (so accents open right), ';' between
/// fields, CRLF between rows, RFC 4180 quoting.
/// </summary>
internal static class BilanCsvDocument
{
    private const Language French = Language.French;

    public static byte[] Write(ConsolidatedBilan bilan)
    {
        var csv = new StringBuilder();
        var levels = bilan.Convention.Levels;
        var indicators = bilan.Convention.AllIndicators;
        Row(csv, [
            "Convention", "Année", levels.Group.Title(French), "N° " + levels.Item.Singular, levels.Item.Title(French), "Statut", "Avancement", "Modalités d’intervention", "Actions menées",
            .. indicators.Select(f => f.Unit is { Length: > 0 } unit ? $"{f.Name} ({unit})" : f.Name),
            "Difficultés rencontrées", "Perspectives pour l’année suivante", "Commentaire de relecture", "Contributeurs",
            "Dernière modification par", "Dernière modification le", "Version",
        ]);
        foreach (var chantier in bilan.Convention.Chantiers)
        {
            var c = bilan.Year.Chantier(chantier.Number);
            Row(csv, [
                bilan.Convention.Id, Invariant(bilan.Year.Year), Invariant(chantier.AxisNumber), Invariant(chantier.Number), Text(chantier.ShortTitle),
                BilanLabels.Status(French, c.Status), c.Content.Progress is { } p ? BilanLabels.Progress(French, p) : "",
                Text(c.Content.ModalityNames(bilan.Convention)), Text(c.Content.Actions),
                .. indicators.Select(f => c.Content.Figures.TryGetValue(f.Id, out var v) ? (f.IsNumeric ? v : Text(v)) : ""),
                Text(c.Content.Difficulties), Text(c.Content.Outlook), Text(c.ReviewComment ?? ""),
                Text(string.Join(", ", c.Contributors.Select(x => x.Name))), Text(c.LastBy ?? ""),
                c.LastAt is { } at ? DateText.Numeric(at) : "", Invariant(c.Version),
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    internal static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(';', fields.Select(Quote)).Append("\r\n");

    /// <summary>Quotes a field holding a separator, a quote, a line break or edge spaces, doubling its quotes.</summary>
    internal static string Quote(string field) =>
        field.IndexOfAny([';', '"', '\n', '\r']) >= 0 || field != field.Trim()
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    /// <summary>User text, defused: Excel runs a cell starting with = + - @ as a formula, so such text starts with an apostrophe.</summary>
    internal static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
