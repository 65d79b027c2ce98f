using ConventionBot.Access;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Subscriptions;

/// <summary>
/// Finds the convention a subscription is for and the party the subscriber speaks for in it. The convention is
/// <see cref="ConventionCatalog.Scope"/>'s: its id or years said first (<c>abonner 2014-2020</c>), a year it alone covers
/// (<c>abonner 2016</c>), else the default;
/// but party words that name no party of the default and a party of one other convention alone pick that one
/// (<c>abonner cua</c>). The party is the one named (<c>abonner arhlm</c>), else the one named before for that
/// convention, else the tenant's (<c>Access:TenantParties</c>) when that convention has it.
/// </summary>
internal sealed class PartyResolver(ConventionCatalog catalog, IOptionsMonitor<AccessOptions> access)
{
    /// <param name="existing">The conversation's subscriptions: "abonner" alone again keeps the party recorded for that convention.</param>
    public PartyChoice Resolve(string keyword, string arguments, string? tenantId, IReadOnlyList<Subscription> existing)
    {
        var scope = catalog.Scope(keyword, arguments);
        var convention = scope.Convention;
        var said = scope.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var years = said.Where(word => IsYearOf(convention, word)).ToList();
        var words = Compact(string.Join(' ', said.Except(years)));
        if (words.Length == 0)
        {
            var previous = existing.Where(s => s.IsFor(convention)).OrderBy(s => s.ConventionId is null).FirstOrDefault()?.PartyId;
            var mapped = tenantId is not null && access.CurrentValue.TenantParties.TryGetValue(tenantId, out var partyId) ? partyId : null;
            return new PartyChoice(convention, true, Find(convention, previous) ?? Find(convention, mapped), [convention]);
        }
        if (Match(convention, words) is { } named)
        {
            return new PartyChoice(convention, true, named, [convention]);
        }
        if (SaidConvention(arguments) || years.Count > 0)
        {
            return new PartyChoice(convention, false, null, [convention]);
        }
        var owners = catalog.All.Where(c => Match(c, words) is not null).ToList();
        return owners.Count == 1
            ? new PartyChoice(owners[0], true, Match(owners[0], words), [owners[0]])
            : new PartyChoice(convention, false, null, catalog.All);
    }

    /// <summary>How a command names <paramref name="convention"/>: its years ("2014-2020") when they name it alone, else its id.</summary>
    public string Words(ConventionDefinition convention)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var years = $"{convention.StartDate.Year}-{convention.EndDate.Year}";
        return catalog.Named(years) == convention ? years : convention.Id;
    }

    /// <summary>The command that subscribes as <paramref name="party"/> of <paramref name="convention"/>: without the convention when it is the default.</summary>
    public string SubscribeAs(ConventionDefinition convention, ConventionParty party) =>
        convention == catalog.Default ? $"abonner {party.Id}" : $"abonner {Words(convention)} {party.Id}";

    private bool SaidConvention(string arguments) => catalog.Named(arguments.Trim().Split(' ', 2)[0]) is not null;

    // "abonner 2016" names the PLH by a year it alone covers: the year says which convention, not which party.
    private static bool IsYearOf(ConventionDefinition convention, string word) =>
        word.Length == 4 && int.TryParse(word, System.Globalization.CultureInfo.InvariantCulture, out var year) && convention.Years.Contains(year);

    private static ConventionParty? Find(ConventionDefinition convention, string? partyId) =>
        convention.Parties.FirstOrDefault(p => string.Equals(p.Id, partyId, StringComparison.OrdinalIgnoreCase));

    private static ConventionParty? Match(ConventionDefinition convention, string words) => convention.Parties.FirstOrDefault(p =>
        Compact(p.Id) == words || (words.Length >= 3 && Compact(p.ShortName).StartsWith(words, StringComparison.Ordinal)));

    // "AR Hlm", "arhlm" and "ar-hlm" are the same party; so are "Métropole" and "metropole".
    private static string Compact(string text) =>
        new([.. CommandText.Normalize(text).Where(char.IsLetterOrDigit)]);
}
