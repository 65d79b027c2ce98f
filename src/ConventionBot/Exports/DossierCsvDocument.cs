using System.Globalization;
using System.Text;
using ConventionBot.Calendar;

namespace ConventionBot.Exports;

/// <summary>The contribution dossier's files as CSV for French Excel, written as <see cref="BilanCsvDocument"/> writes the bilan.</summary>
internal static class DossierCsvDocument
{
    public static byte[] Write(ConsolidatedBilan bilan)
    {
        var csv = new StringBuilder();
        BilanCsvDocument.Row(csv, ["Convention", "Année", "Pièce", "Fichier", "Version", "Taille (octets)", "Déposé le", "Déposé par", "État"]);
        foreach (var d in bilan.Dossier)
        {
            BilanCsvDocument.Row(csv, [
                bilan.Convention.Id, bilan.Year.Year.ToString(CultureInfo.InvariantCulture), BilanCsvDocument.Text(d.Item), BilanCsvDocument.Text(d.FileName),
                d.Version.ToString(CultureInfo.InvariantCulture), d.Size.ToString(CultureInfo.InvariantCulture), DateText.Numeric(d.At),
                BilanCsvDocument.Text(d.By ?? ""), BilanCsvDocument.Text(BilanHtmlDossier.State(d)),
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
