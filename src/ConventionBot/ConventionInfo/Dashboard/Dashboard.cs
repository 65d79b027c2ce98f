using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>Where a convention stands, as of <see cref="At"/>: every feature's panel, then the deadlines overdue or near.</summary>
internal sealed record Dashboard(ConventionStanding Standing, DateTimeOffset At, IReadOnlyList<DashboardPanel> Panels, IReadOnlyList<Deadline> Deadlines)
{
    /// <summary>How far ahead the dashboard lists deadlines.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(90);

    /// <summary>The symbol shown before a cell's words (never alone: the words carry the state).</summary>
    public static string Symbol(DashboardTone tone) => tone switch
    {
        DashboardTone.Done => "✔",
        DashboardTone.InProgress => "◔",
        DashboardTone.Attention => "!",
        DashboardTone.Late => "⚠",
        _ => "–",
    };

    /// <summary>What a state means, in words: the legend of the page and of the card.</summary>
    public static string ToneName(DashboardTone tone, Language l) => tone switch
    {
        DashboardTone.Done => l.Pick("fait", "done"),
        DashboardTone.InProgress => l.Pick("en cours", "under way"),
        DashboardTone.Attention => l.Pick("à traiter", "needs action"),
        DashboardTone.Late => l.Pick("en retard", "late"),
        _ => l.Pick("rien à faire pour l’instant", "nothing due yet"),
    };

    /// <summary>Every state, most done first, as the legend lists them.</summary>
    public static IEnumerable<DashboardTone> Tones => Enum.GetValues<DashboardTone>().Reverse();
}
