namespace ConventionBot.Conventions;

/// <summary>
/// One partnership convention or programme as described by its definition file: parties, dates, its groups
/// (<see cref="Axes"/>: axes, orientations) and items (<see cref="Chantiers"/>: chantiers, actions) named by
/// <see cref="Levels"/>, and the optional parts: modalities of intervention, governance, bilan and financial terms.
/// </summary>
public sealed record ConventionDefinition
{
    /// <summary>Stable slug, e.g. <c>amp-arhlm-2022-2024</c>; used as a storage key.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>What cards show to say which definition they are about; the title when the file gives none.</summary>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public string ShortTitle { get => field ?? Title; init; }

    /// <summary>The words for its two levels (axes and chantiers, orientations and actions).</summary>
    public ConventionLevels Levels { get; init; } = ConventionLevels.Default;

    /// <summary>What it is (« convention », « programme »), for texts about where it stands and its renewal.</summary>
    public LevelWord Kind { get; init; } = ConventionLevels.Convention;

    public required IReadOnlyList<ConventionParty> Parties { get; init; }

    /// <summary>First day covered by the convention.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Last day covered by the convention (inclusive).</summary>
    public required DateOnly EndDate { get; init; }

    public required IReadOnlyList<ConventionAxis> Axes { get; init; }

    public required IReadOnlyList<Chantier> Chantiers { get; init; }

    public required IReadOnlyList<InterventionModality> Modalities { get; init; }

    /// <summary>The indicators of every item that has none of its own (the 2022-2024 convention's six key figures).</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public required Governance Governance { get; init; }

    /// <summary>The yearly bilan rule, when the convention asks for one.</summary>
    public AnnualBilanRule? AnnualBilan { get; init; }

    /// <summary>The yearly financial contribution, when the convention has one.</summary>
    public ContributionTerms? Contribution { get; init; }

    /// <summary>The termination clause, when the convention has one.</summary>
    public TerminationTerms? Termination { get; init; }

    /// <summary>Calendar years the convention covers, e.g. 2022, 2023, 2024.</summary>
    public IReadOnlyList<int> Years => [.. Enumerable.Range(StartDate.Year, EndDate.Year - StartDate.Year + 1)];

    /// <summary>True when <paramref name="date"/> lies between the start and end dates, both included.</summary>
    public bool IsActiveOn(DateOnly date) => StartDate <= date && date <= EndDate;

    /// <summary>True once the last day of the convention is past.</summary>
    public bool HasEndedBy(DateOnly date) => date > EndDate;

    /// <summary>The chantier with that number, or null.</summary>
    public Chantier? FindChantier(int number) => Chantiers.FirstOrDefault(c => c.Number == number);

    /// <summary>
    /// The chantier designated by a number ("5") or by words of its title ("npnru",
    /// "Attributions", "réforme demande"), ignoring case and accents. Short titles are
    /// searched first, then full titles; null when nothing or several chantiers match.
    /// </summary>
    public Chantier? FindChantier(string words) => ChantierSearch.Find(Chantiers, words);

    /// <summary>The governance instance with that code (e.g. COPIL, COTECH), ignoring case, or null.</summary>
    public GovernanceInstance? Instance(string code) =>
        Governance.Instances.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every indicator the items report, once per id, in the items' order.</summary>
    public IReadOnlyList<Indicator> AllIndicators => [.. Chantiers.SelectMany(c => c.Indicators).DistinctBy(i => i.Id)];

    /// <summary>True when every item reports the definition's own indicators (the 2022-2024 convention).</summary>
    public bool ItemsShareIndicators => Chantiers.All(c => ReferenceEquals(c.Indicators, Indicators));

    /// <summary>The items that have an indicator with that id, in order.</summary>
    public IReadOnlyList<Chantier> Reporting(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return [.. Chantiers.Where(c => c.Indicator(indicator.Id) is not null)];
    }

    /// <summary>An indicator's yearly target over the items: the sum of their targets; null when none has one.</summary>
    public decimal? YearlyTarget(Indicator indicator)
    {
        var targets = Reporting(indicator).Select(c => c.Indicator(indicator.Id)!.Target).OfType<decimal>().ToList();
        return targets.Count == 0 ? null : targets.Sum();
    }

    /// <summary>The group with that number, or null.</summary>
    public ConventionAxis? FindAxis(int number) => Axes.FirstOrDefault(a => a.Number == number);

    /// <summary>"Axe 1", "Orientation 3", or the group's own heading (« Pilotage et animation »).</summary>
    public string AxisName(ConventionAxis axis, Calendar.Language language) =>
        axis.Heading ?? Levels.Group.Numbered(axis.Number, language);

    /// <summary>The party that reviews the yearly bilan (<see cref="AnnualBilanRule.ReviewerPartyId"/>), or null.</summary>
    public ConventionParty? Reviewer => AnnualBilan?.ReviewerPartyId is { } id ? Party(id) : null;

    /// <summary>The party with that id (e.g. metropole, arhlm), or null.</summary>
    public ConventionParty? Party(string id) => Parties.FirstOrDefault(p => p.Id == id);
}
