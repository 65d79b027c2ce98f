using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Storage;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// Builds the convention cards with today's standing and what every <see cref="IConventionReport"/> adds,
/// for typed commands and buttons alike.
/// </summary>
internal sealed class ConventionViews(ConventionCatalog catalog, IEnumerable<IConventionReport> reports, TimeProvider time)
{
    private readonly IConventionReport[] _reports = [.. reports.OrderBy(r => r.Order)];

    public async Task<AdaptiveCard> SummaryAsync(ConventionDefinition convention, Caller caller, CancellationToken cancellationToken)
    {
        using var reads = ReadMemo.Begin();
        var sections = await Task.WhenAll(_reports.Select(r => r.ConventionSectionAsync(convention, caller.Language, cancellationToken))).ConfigureAwait(false);
        return SummaryCard.Build(Standing(convention), caller.IsAdmin, caller.Language, sections);
    }

    public async Task<AdaptiveCard> ChantierAsync(ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken)
    {
        using var reads = ReadMemo.Begin();
        var sections = await Task.WhenAll(_reports.Select(r => r.ChantierSectionAsync(convention, chantier, language, cancellationToken))).ConfigureAwait(false);
        return ChantierCard.Build(Standing(convention), chantier, language, sections);
    }

    /// <summary>The chantier's card when <paramref name="query"/> designates one; else the list, saying why.</summary>
    public Task<AdaptiveCard> ChantierAsync(ConventionDefinition convention, string query, Language language, CancellationToken cancellationToken)
    {
        var candidates = ChantierQuery.Candidates(convention, query);
        return candidates.Count == 1
            ? ChantierAsync(convention, candidates[0], language, cancellationToken)
            : Task.FromResult(candidates.Count == 0
                ? ChantierListCard.Build(convention, language, InfoTexts.ChantierNotFound(query, convention, language))
                : ChantierListCard.Build(convention, language, InfoTexts.ChantierAmbiguous(query, convention.Levels.Item, language), candidates));
    }

    public async Task<AdaptiveCard> DeadlinesAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken)
    {
        using var reads = ReadMemo.Begin();
        var now = time.GetUtcNow();
        var deadlines = await Task.WhenAll(_reports.Select(r => r.DeadlinesAsync(convention, now, language, cancellationToken))).ConfigureAwait(false);
        return DeadlinesCard.Build(Standing(convention), now, language, deadlines.SelectMany(d => d));
    }

    /// <summary>
    /// Every feature's dashboard panel, and the deadlines overdue or within <see cref="Dashboard.Horizon"/>: the tab and
    /// its card. The reports share their reads (<see cref="ReadMemo"/>): the bilans' and contributions' year rows in
    /// one query, the meetings in another.
    /// </summary>
    public async Task<Dashboard> DashboardAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken)
    {
        using var reads = ReadMemo.Begin();
        var now = time.GetUtcNow();
        var panels = await Task.WhenAll(_reports.Select(r => r.DashboardAsync(convention, now, language, cancellationToken))).ConfigureAwait(false);
        var deadlines = await Task.WhenAll(_reports.Select(r => r.DeadlinesAsync(convention, now, language, cancellationToken))).ConfigureAwait(false);
        return new Dashboard(
            Standing(convention), now, [.. panels.OfType<DashboardPanel>().OrderBy(p => p.Order)],
            [.. deadlines.SelectMany(d => d).Where(d => d.IsOverdue || d.When <= now + Dashboard.Horizon).OrderBy(d => !d.IsOverdue).ThenBy(d => d.When)]);
    }

    private ConventionStanding Standing(ConventionDefinition convention) =>
        ConventionStanding.Of(catalog, convention, ParisTime.DateOf(time.GetUtcNow()));
}
