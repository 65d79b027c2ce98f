using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// The renewal as a deadline: due on the convention's last day, from <see cref="ConventionStanding.RenewalNoticeMonths"/>
/// months before it, overdue once it has passed, gone as soon as a later convention is loaded.
/// </summary>
internal sealed class RenewalReport(ConventionCatalog catalog) : IConventionReport
{
    private static readonly Task<IReadOnlyList<AdaptiveElement>> NoSection = Task.FromResult<IReadOnlyList<AdaptiveElement>>([]);

    public int Order => 1000;

    // The convention card says where we stand itself, at the top, with the renewal for admins.
    public Task<IReadOnlyList<AdaptiveElement>> ConventionSectionAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken) =>
        NoSection;

    public Task<IReadOnlyList<AdaptiveElement>> ChantierSectionAsync(ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken) =>
        NoSection;

    public Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var standing = ConventionStanding.Of(catalog, convention, ParisTime.DateOf(now));
        IReadOnlyList<Deadline> deadlines = standing.NeedsRenewal
            ? [new Deadline(ParisTime.StartOf(convention.EndDate), StandingTexts.RenewalTitle(standing, language), StandingTexts.RenewalDetail(standing, language), standing.Phase == ConventionPhase.Ended)]
            : [];
        return Task.FromResult(deadlines);
    }

    public Task<DashboardPanel?> DashboardAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<DashboardPanel?>(null);
}
