using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;

namespace ConventionBot.Bilans;

/// <summary>
/// Who owes what. A chantier is owed until it is submitted. One that nobody has started is owed by the party that
/// writes the bilan (the AR Hlm: its subscribed conversations); one that was started (draft, changes requested) is
/// owed by its contributors, in the conversations they saved it from.
/// </summary>
internal static class BilanDebts
{
    /// <returns>For each conversation to remind, the chantiers it owes, in order.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<ChantierBilan>> Owed(BilanYear year, IReadOnlyList<string> authorConversations)
    {
        var owed = new Dictionary<string, List<ChantierBilan>>(StringComparer.Ordinal);
        foreach (var bilan in year.Chantiers.Where(c => !c.IsHandedIn))
        {
            var debtors = bilan.Status == BilanStatus.NotStarted ? authorConversations : bilan.Contributors.Select(c => c.ConversationId);
            foreach (var conversation in debtors.Distinct(StringComparer.Ordinal))
            {
                (owed.TryGetValue(conversation, out var list) ? list : owed[conversation] = []).Add(bilan);
            }
        }
        return owed.ToDictionary(p => p.Key, p => (IReadOnlyList<ChantierBilan>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The party that writes the bilan (art. 5), <c>arhlm</c> for the 2022-2024 convention.</summary>
    public static string AuthorParty(ConventionDefinition convention) =>
        convention.AnnualBilan?.AuthorPartyId ?? convention.Contribution?.CallerPartyId ?? "arhlm";
}
