namespace ConventionBot.Conventions;

/// <summary>
/// An item of the definition's second level: an operational chantier of the 2022-2024 convention (art. 1) with
/// what is expected of it (art. 2), or an action of a PLH with its sheet. Parts a definition lacks are empty.
/// </summary>
/// <param name="ShortTitle">What the bot shows and matches first, e.g. "PLH métropolitain".</param>
/// <param name="Title">The item's title as written in the source.</param>
/// <param name="AxisNumber">The <see cref="ConventionAxis.Number"/> of its group.</param>
/// <param name="Description">What it is about; empty when the source has no description.</param>
/// <param name="ExpectedModalities">The precise expectations listed for it, one per bullet.</param>
/// <param name="ModalityNumbers">The <see cref="InterventionModality.Number"/>s that apply.</param>
/// <param name="Notes">Footnotes attached to the item's text.</param>
public sealed record Chantier(
    int Number,
    string ShortTitle,
    string Title,
    int AxisNumber,
    string Description,
    IReadOnlyList<string> ExpectedModalities,
    IReadOnlyList<int> ModalityNumbers,
    IReadOnlyList<string> Notes)
{
    /// <summary>What its yearly bilan measures: its own indicators, else the definition's defaults.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>The operational objective it serves, as written (PLH).</summary>
    public string? Objective { get; init; }

    /// <summary>Who pilots it and in which instances, as written.</summary>
    public string? Pilot { get; init; }

    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>Tools and means of implementation.</summary>
    public string? Tools { get; init; }

    /// <summary>The annual budget, as written.</summary>
    public string? Budget { get; init; }

    public string? Calendar { get; init; }

    /// <summary>Where it applies.</summary>
    public string? Territory { get; init; }

    /// <summary>The indicator with that id, or null.</summary>
    public Indicator? Indicator(string id) => Indicators.FirstOrDefault(i => i.Id == id);
}
