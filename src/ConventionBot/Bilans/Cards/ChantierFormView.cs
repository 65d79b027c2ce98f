using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>Everything the chantier card shows: the stored bilan, the values in the inputs (the user's, when kept), and what happened.</summary>
internal sealed record ChantierFormView(
    ConventionDefinition Convention,
    int Year,
    Chantier Chantier,
    ChantierBilan Bilan,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<BilanVersion> History,
    bool IsAdmin,
    Language Language)
{
    public IReadOnlyList<string> Errors { get; init; } = [];

    public string? Notice { get; init; }

    /// <summary>The user's save lost against <see cref="Bilan"/>, which is shown above their kept values.</summary>
    public bool Conflict { get; init; }

    /// <summary>What the card says of the chantier's delay (see <see cref="DelayView.StateLines"/>).</summary>
    public IReadOnlyList<string> DelayLines { get; init; } = [];

    /// <summary>A delay may be asked: the chantier is not handed in and no request of it waits.</summary>
    public bool CanAskDelay { get; init; }
}
