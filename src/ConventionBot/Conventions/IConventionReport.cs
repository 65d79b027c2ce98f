using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Conventions;

/// <summary>
/// What a feature (meetings, bilans, funding) adds to the convention card, the chantier card, the
/// deadlines list and the dashboard. Features register one with <c>services.AddSingleton&lt;IConventionReport, XxxReport&gt;()</c>;
/// the cards show the sections in <see cref="Order"/>.
/// </summary>
public interface IConventionReport
{
    int Order { get; }

    /// <summary>Elements for the convention summary card (e.g. the governance record per year); empty for none.</summary>
    Task<IReadOnlyList<AdaptiveElement>> ConventionSectionAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken);

    /// <summary>Elements for one chantier's card (e.g. its meetings, its bilan status per year); empty for none.</summary>
    Task<IReadOnlyList<AdaptiveElement>> ChantierSectionAsync(ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken);

    /// <summary>Upcoming (and overdue) deadlines of this feature, as of <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken);

    /// <summary>This feature's panel of the dashboard, as of <paramref name="now"/>; null for none.</summary>
    Task<DashboardPanel?> DashboardAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken);
}

/// <summary>A dated thing to do; <see cref="IsOverdue"/> when its date has passed and it is not done.</summary>
public sealed record Deadline(DateTimeOffset When, string Title, string? Detail, bool IsOverdue);
