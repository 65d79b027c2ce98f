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
}
