using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Journal;

namespace ConventionBot.Funding;

/// <summary>What a save changed in a year's contribution, in French, for the audit journal (which sets its typography when shown).</summary>
internal static class FundingChanges
{
    public static JournalChange Describe(FundingRecord before, FundingRecord after, ConventionDefinition convention)
    {
        var changes = new List<string>();
        if (before.CallSentOn != after.CallSentOn)
        {
            changes.Add("appel de fonds reçu le " + Day(after.CallSentOn));
        }
        var label = (convention.Contribution?.Documents ?? []).ToDictionary(d => d.Id, d => d.Label, StringComparer.Ordinal);
        var added = after.DocumentsReceived.Except(before.DocumentsReceived).Select(id => label.GetValueOrDefault(id, id)).ToList();
        var removed = before.DocumentsReceived.Except(after.DocumentsReceived).Select(id => label.GetValueOrDefault(id, id)).ToList();
        if (added.Count > 0)
        {
            changes.Add("pièces reçues : " + string.Join(", ", added));
        }
        if (removed.Count > 0)
        {
            changes.Add("pièces plus reçues : " + string.Join(", ", removed));
        }
        if (before.Decision != after.Decision || before.ReducedAmount != after.ReducedAmount || before.Reason != after.Reason)
        {
            changes.Add("décision : " + Decision(after));
        }
        if (before.PaidOn != after.PaidOn)
        {
            changes.Add("versement le " + Day(after.PaidOn));
        }
        var summary = changes.Count == 0 ? "enregistrée sans changement" : string.Join(" ; ", changes);
        return new JournalChange(after.ConventionId, $"Contribution {after.Year}", summary, after.Year);
    }

    private static string Day(DateOnly? date) => date is { } d ? DateText.Numeric(d) : "(effacé)";

    private static string Decision(FundingRecord record) => record.Decision switch
    {
        FundingDecision.Reduced => "réduite à " + (record.ReducedAmount?.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")) ?? "?") + " €" + Reason(record),
        FundingDecision.Suspended => "suspendue" + Reason(record),
        _ => "versement intégral",
    };

    private static string Reason(FundingRecord record) => record.Reason is { } reason ? $" (motif : {reason})" : "";
}
