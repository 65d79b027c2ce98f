using ConventionBot.Bilans.Contract;

namespace ConventionBot.Bilans;

/// <summary>What became of a delay request or decision, with the year as written (or as re-read): the answer is built from it.</summary>
internal sealed record DelayOutcome(DelayOutcomeKind Kind, BilanYear Year);

internal enum DelayOutcomeKind
{
    /// <summary>Written.</summary>
    Saved,

    /// <summary>A request of the chantier is already waiting for an answer; nothing was written.</summary>
    Pending,

    /// <summary>The request was already granted or refused (a second click); nothing was written.</summary>
    Decided,

    /// <summary>No campaign, or the chantier is already handed in; nothing was written.</summary>
    Refused,

    /// <summary>Someone wrote the request in between; nothing was written.</summary>
    Conflict,
}
