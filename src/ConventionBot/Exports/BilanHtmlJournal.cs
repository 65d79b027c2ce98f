using System.Text;
using ConventionBot.Calendar;

namespace ConventionBot.Exports;

/// <summary>The document's annex: the year's changes from the audit journal, oldest first, as a table.</summary>
internal static class BilanHtmlJournal
{
    public static void Annex(StringBuilder html, ConsolidatedBilan bilan) => Html.TableSection(
        html, "journal", $"Annexe — journal des modifications de {bilan.Year.Year}", $"Aucune modification enregistrée pour {bilan.Year.Year}.",
        ["Date", "Personne", "Objet", "Modification"],
        [.. bilan.Journal.Select(entry => (IReadOnlyList<string>)
        [
            Html.Encode(DateText.Numeric(entry.At)),
            Html.Encode(entry.ActorName ?? "—"),
            Html.Encode(Typography.French(entry.Subject)),
            Html.Encode(Typography.French(entry.Summary)),
        ])]);
}
