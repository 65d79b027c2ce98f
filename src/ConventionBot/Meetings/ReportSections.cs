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
        Heading(GovernanceTexts.SectionTitle(language)),
        new AdaptiveFactSet
        {
            Facts = [.. GovernanceRules.Record(convention, meetings)
                .Select(r => new AdaptiveFact { Title = r.Year.ToString(CultureInfo.InvariantCulture), Value = GovernanceTexts.Record(r) })],
        },
        Subtle(GovernanceTexts.RecordLegend(language)),
    ];

    public static IReadOnlyList<AdaptiveElement> Chantier(
        ConventionDefinition convention, Chantier chantier, IReadOnlyList<Meeting> meetings, DateTimeOffset now, Language language)
    {
        var concerned = Of(convention, meetings).Where(m => m.Chantiers.Contains(chantier.Number))
            .OrderByDescending(m => m.Start).Take(ChantierMeetingsShown).ToList();
        AdaptiveElement content = concerned.Count == 0
            ? Subtle(GovernanceTexts.NoChantierMeeting(language))
            : new AdaptiveFactSet
            {
                Facts = [.. concerned.Select(m => new AdaptiveFact
                {
                    Title = DateText.Numeric(ParisTime.DateOf(m.Start)),
                    Value = $"{Name(m, language)} ({GovernanceTexts.StateOf(language, m, now)})",
                })],
            };
        return [Heading(GovernanceTexts.ChantierMeetings(language)), content];
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
                GovernanceTexts.CheckpointDetail(language),
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
