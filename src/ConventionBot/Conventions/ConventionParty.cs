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
    PartyRole Role)
{
    /// <summary>How texts name it, with its article (« la Métropole »); its short name when the definition gives none.</summary>
    public string? Designation { get; init; }

    /// <summary>The <see cref="Designation"/>, else the short name.</summary>
    public string Named => Designation ?? ShortName;
}
