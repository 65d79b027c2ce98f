using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>
/// What meetings add to the convention cards: the governance record per year, the meetings of each chantier,
/// and the deadlines (upcoming meetings, checkpoints at risk in years not over, open follow-up actions).
/// </summary>
internal sealed class MeetingsReport(MeetingStore store, IOptionsMonitor<GovernanceOptions> governance, TimeProvider time) : IConventionReport
{
    public const int ChantierMeetingsShown = 5;

    public int Order => 10;

    public async Task<IReadOnlyList<AdaptiveElement>> ConventionSectionAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var meetings = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var records = GovernanceRules.Record(convention, meetings);
        return
        [
            Heading(GovernanceTexts.SectionTitle(language)),
            new AdaptiveFactSet { Facts = [.. records.Select(r => new AdaptiveFact { Title = r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Value = GovernanceTexts.Record(r) })] },
            Line(GovernanceTexts.RecordLegend(language), subtle: true),
        ];
    }

    public async Task<IReadOnlyList<AdaptiveElement>> ChantierSectionAsync(ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(chantier);
        var now = time.GetUtcNow();
        var concerned = (await MeetingsOfAsync(convention, cancellationToken).ConfigureAwait(false))
            .Where(m => m.Chantiers.Contains(chantier.Number)).OrderByDescending(m => m.Start).Take(ChantierMeetingsShown).ToList();
        if (concerned.Count == 0)
        {
            return [Heading(GovernanceTexts.ChantierMeetings(language)), Line(GovernanceTexts.NoChantierMeeting(language), subtle: true)];
        }
        return
        [
            Heading(GovernanceTexts.ChantierMeetings(language)),
            new AdaptiveFactSet
            {
                Facts = [.. concerned.Select(m => new AdaptiveFact
                {
                    Title = MeetingFormat.ShortDay(ParisTime.DateOf(m.Start)),
                    Value = $"{Name(m, language)} ({GovernanceTexts.StateOf(language, m, now)})",
                })],
            },
        ];
    }

    public async Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var all = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var mine = all.Where(m => !m.IsCancelled && m.ConventionId == convention.Id).ToList();
        var today = ParisTime.DateOf(now);
        var meetings = mine.Where(m => m.Start > now)
            .Select(m => new Deadline(m.Start, GovernanceTexts.MeetingDeadline(language, Name(m, language)), m.Location, false));
        var checkpoints = CheckpointPlanner.All(convention, governance.CurrentValue.EffectiveCheckpoints)
            .Where(a => a.Year >= today.Year && GovernanceRules.IsAtRisk(convention, all, a.Year, a.Checkpoint))
            .Select(a => new Deadline(a.DueAt,
                GovernanceTexts.CheckpointDeadline(language, a.Checkpoint.Instance, a.Year, GovernanceRules.Count(convention, all, a.Year, a.Checkpoint.Instance), a.Checkpoint.Minimum),
                GovernanceTexts.CheckpointDetail(language), a.Date < today));
        var actions = mine.SelectMany(m => m.Actions.Where(a => !a.Done).Select(a => new Deadline(
            ParisTime.FromLocal(a.Due, CheckpointPlanner.AlertTime)!.Value,
            GovernanceTexts.ActionDeadline(language, a.Text),
            GovernanceTexts.ActionDetail(language, a.Owner, Name(m, language), MeetingFormat.ShortDay(ParisTime.DateOf(m.Start))),
            a.Due < today)));
        return [.. meetings.Concat(checkpoints).Concat(actions).OrderBy(d => d.When)];
    }

    private async Task<List<Meeting>> MeetingsOfAsync(ConventionDefinition convention, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Where(m => !m.IsCancelled && m.ConventionId == convention.Id)];
}
