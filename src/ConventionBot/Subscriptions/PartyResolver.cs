using ConventionBot.Access;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Subscriptions;

/// <summary>
/// Finds the party a subscriber speaks for: the one they name (<c>abonner arhlm</c>), else the one they named before,
/// else their tenant's (<c>Access:TenantParties</c>).
/// </summary>
internal sealed class PartyResolver(ConventionCatalog catalog, IOptionsMonitor<AccessOptions> access)
{
    public IReadOnlyList<ConventionParty> Parties => catalog.Default.Parties;

    /// <param name="previousPartyId">The party recorded by an earlier <c>abonner</c>: "abonner" alone again keeps it.</param>
    public PartyChoice Resolve(string arguments, string? tenantId, string? previousPartyId)
    {
        var words = Compact(arguments);
        if (words.Length > 0)
        {
            var named = Parties.FirstOrDefault(p => Compact(p.Id) == words || (words.Length >= 3 && Compact(p.ShortName).StartsWith(words, StringComparison.Ordinal)));
            return new PartyChoice(named is not null, named);
        }
        var mapped = tenantId is not null && access.CurrentValue.TenantParties.TryGetValue(tenantId, out var partyId) ? Find(partyId) : null;
        return new PartyChoice(true, Find(previousPartyId) ?? mapped);
    }

    public ConventionParty? Find(string? partyId) => Parties.FirstOrDefault(p => p.Id == partyId);

    // "AR Hlm", "arhlm" and "ar-hlm" are the same party; so are "Métropole" and "metropole".
    private static string Compact(string text) =>
        new([.. CommandText.Normalize(text).Where(char.IsLetterOrDigit)]);
}
