namespace ConventionBot.Bilans;

/// <summary>What contributors write for one chantier: the fields of the form.</summary>
/// <param name="Modalities">Numbers of the convention's modalities of intervention used.</param>
/// <param name="Figures">Key figures by <see cref="BilanFigure.Id"/>; a figure left empty is absent.</param>
public sealed record BilanContent(
    IReadOnlyList<int> Modalities,
    string Actions,
    IReadOnlyDictionary<string, int> Figures,
    string Difficulties,
    string Outlook,
    BilanProgress? Progress)
{
    public static BilanContent Empty { get; } = new([], "", new Dictionary<string, int>(), "", "", null);
}
