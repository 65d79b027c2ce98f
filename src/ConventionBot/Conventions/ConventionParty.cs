namespace ConventionBot.Conventions;

/// <summary>A signatory of the convention.</summary>
/// <param name="Id">Stable slug, e.g. <c>metropole</c>, <c>arhlm</c>.</param>
/// <param name="Representative">As written in the convention, e.g. "sa Présidente".</param>
public sealed record ConventionParty(
    string Id,
    string Name,
    string ShortName,
    string Address,
    string Representative,
    PartyRole Role);
