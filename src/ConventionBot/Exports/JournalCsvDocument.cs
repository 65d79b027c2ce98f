using System.Globalization;
using System.Text;
using ConventionBot.Calendar;
using ConventionBot.Journal;

namespace ConventionBot.Exports;

/// <summary>The audit journal as CSV for French Excel, oldest change first, written as <see cref="BilanCsvDocument"/> writes.</summary>
internal static class JournalCsvDocument
{
    public static byte[] Write(IEnumerable<JournalEntry> entries)
    {
        var csv = new StringBuilder();
        BilanCsvDocument.Row(csv, ["Date et heure (Paris)", "Personne", "Identifiant Microsoft Entra", "Conversation", "Convention", "Année", "Chantier", "Objet", "Modification"]);
        foreach (var e in entries)
        {
            BilanCsvDocument.Row(csv, [
                DateText.Numeric(e.At), BilanCsvDocument.Text(e.ActorName ?? ""), e.ActorId ?? "", e.ConversationId, e.ConventionId,
                Invariant(e.Year), Invariant(e.Chantier), BilanCsvDocument.Text(e.Subject), BilanCsvDocument.Text(e.Summary),
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
