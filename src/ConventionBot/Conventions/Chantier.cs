namespace ConventionBot.Conventions;

/// <summary>An operational chantier (art. 1) with what is expected of it (art. 2).</summary>
/// <param name="ShortTitle">What the bot shows and matches first, e.g. "PLH métropolitain".</param>
/// <param name="Title">The chantier's title as written in the convention.</param>
/// <param name="AxisNumber">The <see cref="ConventionAxis.Number"/> it belongs to.</param>
/// <param name="ExpectedModalities">The precise expectations listed for it, one per bullet.</param>
/// <param name="ModalityNumbers">The <see cref="InterventionModality.Number"/>s that apply.</param>
/// <param name="Notes">Footnotes attached to the chantier's text.</param>
public sealed record Chantier(
    int Number,
    string ShortTitle,
    string Title,
    int AxisNumber,
    string Description,
    IReadOnlyList<string> ExpectedModalities,
    IReadOnlyList<int> ModalityNumbers,
    IReadOnlyList<string> Notes);
