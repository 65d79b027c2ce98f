using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Meetings;

/// <summary>
/// What meetings add to the convention cards: the governance record per year, the meetings of each chantier,
/// and the deadlines (upcoming meetings, checkpoints at risk, open follow-up actions).
/// </summary>
internal sealed class MeetingsReport(MeetingStore store, IOptionsMonitor<GovernanceOptions> governance, TimeProvider time) : IConventionReport
{
    public int Order => 10;

    public async Task<IReadOnlyList<AdaptiveElement>> ConventionSectionAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        return ReportSections.Convention(convention, await store.ListAsync(cancellationToken).ConfigureAwait(false), language);
    }

    public async Task<IReadOnlyList<AdaptiveElement>> ChantierSectionAsync(ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(chantier);
        var meetings = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return ReportSections.Chantier(convention, chantier, meetings, time.GetUtcNow(), language);
    }

    public async Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var meetings = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return ReportSections.Deadlines(convention, meetings, governance.CurrentValue.EffectiveCheckpoints, now, language);
    }

    /// <summary>Instances by years: meetings held or planned against the art. 4 minimum, and the next one; the chart totals each year.</summary>
    public async Task<DashboardPanel?> DashboardAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var meetings = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return ReportSections.Dashboard(Order, convention, meetings, now, language);
    }
}
