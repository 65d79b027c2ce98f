using System.Globalization;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>The meetings sections of the convention cards, from a list of meetings: pure, so tests need no storage.</summary>
internal static class ReportSections
{
    public const int ChantierMeetingsShown = 5;

    public static IReadOnlyList<AdaptiveElement> Convention(ConventionDefinition convention, IReadOnlyList<Meeting> meetings, Language language) =>
    [
        Heading(GovernanceTexts.SectionTitle(language, convention)),
        new AdaptiveFactSet
        {
            Facts = [.. GovernanceRules.Record(convention, meetings)
                .Select(r => new AdaptiveFact { Title = r.Year.ToString(CultureInfo.InvariantCulture), Value = GovernanceTexts.Record(r) })],
        },
        Subtle(GovernanceTexts.RecordLegend(language)),
    ];

    /// <summary>The dashboard's governance panel: per instance and year, the meetings held or planned against the minimum, and the next one.</summary>
    public static DashboardPanel Dashboard(int order, ConventionDefinition convention, IReadOnlyList<Meeting> meetings, DateTimeOffset now, Language language)
    {
        var record = GovernanceRules.Record(convention, meetings);
        var today = ParisTime.DateOf(now);
        var upcoming = Of(convention, meetings).Where(m => m.Start > now).OrderBy(m => m.Start).ToList();
        var rows = convention.Governance.Instances.Select(instance => new DashboardRow(instance.Code, [.. record.Select(year =>
        {
            var tally = year.Tallies.First(t => t.Code == instance.Code);
            var next = upcoming.FirstOrDefault(m => m.Instance.Code == instance.Code && ParisTime.DateOf(m.Start).Year == year.Year);
            var (tone, state) = tally.IsMet ? (DashboardTone.Done, language.Pick("minimum atteint", "minimum met"))
                : year.Year < today.Year ? (DashboardTone.Late, language.Pick("sous le minimum", "below the minimum"))
                : year.Year == today.Year ? (DashboardTone.Attention, language.Pick("à compléter", "to complete"))
                : (DashboardTone.Neutral, language.Pick("à venir", "ahead"));
            return new DashboardCell($"{tally.Count}/{tally.Minimum} — {state}", tone,
                next is null ? null : language.Pick($"prochaine le {DateText.Numeric(ParisTime.DateOf(next.Start))}", $"next on {DateText.Numeric(ParisTime.DateOf(next.Start))}"));
        })]));
        return new DashboardPanel(order, GovernanceTexts.SectionTitle(language, convention), language.Pick("Instance", "Body"),
            [.. record.Select(r => r.Year.ToString(CultureInfo.InvariantCulture))], [.. rows])
        {
            Command = language.Pick("réunions", "meetings"),
            Chart = new DashboardChart(
                language.Pick("Réunions tenues ou prévues par année, et minimum de la convention", "Meetings held or planned per year, and the convention’s minimum"),
                [.. record.Select(r => (r.Year, Count: r.Tallies.Sum(t => t.Count), Minimum: r.Tallies.Sum(t => t.Minimum))).Select(r => new DashboardBar(
                    r.Year.ToString(CultureInfo.InvariantCulture), r.Count, Math.Max(r.Count, r.Minimum), r.Minimum, language.Pick(
                        $"{r.Year} : {r.Count} réunion(s) pour un minimum de {r.Minimum}", $"{r.Year}: {r.Count} meeting(s) for a minimum of {r.Minimum}")))]),
        };
    }

    public static IReadOnlyList<AdaptiveElement> Chantier(
        ConventionDefinition convention, Chantier chantier, IReadOnlyList<Meeting> meetings, DateTimeOffset now, Language language)
    {
        var concerned = Of(convention, meetings).Where(m => m.Chantiers.Contains(chantier.Number))
            .OrderByDescending(m => m.Start).Take(ChantierMeetingsShown).ToList();
        AdaptiveElement content = concerned.Count == 0
            ? Subtle(GovernanceTexts.NoChantierMeeting(language, convention.Levels.Item))
            : new AdaptiveFactSet
            {
                Facts = [.. concerned.Select(m => new AdaptiveFact
                {
                    Title = DateText.Numeric(ParisTime.DateOf(m.Start)),
                    Value = $"{Name(m, language)} ({GovernanceTexts.StateOf(language, m, now)})",
                })],
            };
        return [Heading(GovernanceTexts.ChantierMeetings(language, convention.Levels.Item)), content];
    }

    /// <summary>Upcoming meetings, checkpoints at risk in years not over (overdue once passed), open follow-up actions.</summary>
    public static IReadOnlyList<Deadline> Deadlines(
        ConventionDefinition convention, IReadOnlyList<Meeting> meetings, IReadOnlyList<GovernanceCheckpoint> checkpoints, DateTimeOffset now, Language language)
    {
        var mine = Of(convention, meetings).ToList();
        var today = ParisTime.DateOf(now);
        var upcoming = mine.Where(m => m.Start > now)
            .Select(m => new Deadline(m.Start, GovernanceTexts.MeetingDeadline(language, Name(m, language)), m.Location, false));
        var atRisk = CheckpointPlanner.All(convention, checkpoints)
            .Where(a => a.Year >= today.Year && GovernanceRules.IsAtRisk(convention, meetings, a.Year, a.Checkpoint))
            .Select(a => new Deadline(
                a.DueAt,
                GovernanceTexts.CheckpointDeadline(language, a.Checkpoint.Instance, a.Year, GovernanceRules.Count(convention, meetings, a.Year, a.Checkpoint.Instance), a.Checkpoint.Minimum),
                GovernanceTexts.CheckpointDetail(language, convention),
                a.Date < today));
        var actions = mine.SelectMany(m => m.Actions.Where(a => !a.Done).Select(a => new Deadline(
            CheckpointPlanner.AlertAt(a.Due),
            GovernanceTexts.ActionDeadline(language, a.Text),
            GovernanceTexts.ActionDetail(language, a.Owner, Name(m, language), DateText.Numeric(ParisTime.DateOf(m.Start))),
            a.Due < today)));
        return [.. upcoming.Concat(atRisk).Concat(actions).OrderBy(d => d.When)];
    }

    /// <summary>The convention's meetings that took or take place.</summary>
    private static IEnumerable<Meeting> Of(ConventionDefinition convention, IEnumerable<Meeting> meetings) =>
        meetings.Where(m => !m.IsCancelled && m.ConventionId == convention.Id);
}
