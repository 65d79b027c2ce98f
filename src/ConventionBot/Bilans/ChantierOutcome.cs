using ConventionBot.Bilans.Contract;

namespace ConventionBot.Bilans;

/// <summary>
/// What became of a save or a review, and the chantier's bilan as it now stands in <see cref="Year"/> (the year as the
/// workflow read or wrote it), so the answer is built without reading the year again.
/// </summary>
public sealed record ChantierOutcome(ChantierOutcomeKind Kind, BilanYear Year, int Chantier)
{
    public ChantierBilan Bilan => Year.Chantier(Chantier);

    /// <summary>A saved review: the contributor conversations told of it.</summary>
    public ReviewReach? Reach { get; init; }
}

public enum ChantierOutcomeKind
{
    /// <summary>Written; <see cref="ChantierOutcome.Bilan"/> is the new version.</summary>
    Saved,

    /// <summary>Someone wrote in between; <see cref="ChantierOutcome.Bilan"/> is their version, nothing was written.</summary>
    Conflict,

    /// <summary>Not allowed in the chantier's status (edit a validated one, validate a draft); nothing was written.</summary>
    Refused,
}
