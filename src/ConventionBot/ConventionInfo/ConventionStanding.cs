using ConventionBot.Conventions;

namespace ConventionBot.ConventionInfo;

/// <summary>Where a convention stands on a given day (Europe/Paris), and whether its renewal needs preparing.</summary>
/// <param name="Successor">A later convention already loaded in the catalog: the renewal is done.</param>
internal sealed record ConventionStanding(ConventionDefinition Convention, DateOnly Today, ConventionDefinition? Successor)
{
    /// <summary>How long before its end the renewal of a convention needs preparing.</summary>
    public const int RenewalNoticeMonths = 6;

    public ConventionPhase Phase =>
        Today < Convention.StartDate ? ConventionPhase.NotStarted
        : Convention.HasEndedBy(Today) ? ConventionPhase.Ended
        : ConventionPhase.Running;

    /// <summary>1 for the convention's first calendar year, and so on.</summary>
    public int YearNumber => Today.Year - Convention.StartDate.Year + 1;

    /// <summary>Share of the convention's days already begun, 0 to 100.</summary>
    public int ElapsedPercent
    {
        get
        {
            var total = Convention.EndDate.DayNumber - Convention.StartDate.DayNumber + 1;
            var elapsed = Math.Clamp(Today.DayNumber - Convention.StartDate.DayNumber + 1, 0, total);
            return elapsed * 100 / total;
        }
    }

    public int DaysToStart => Convention.StartDate.DayNumber - Today.DayNumber;

    public int DaysToEnd => Convention.EndDate.DayNumber - Today.DayNumber;

    /// <summary>No successor yet, and the convention has ended or ends within <see cref="RenewalNoticeMonths"/>.</summary>
    public bool NeedsRenewal => Successor is null && Today >= Convention.EndDate.AddMonths(-RenewalNoticeMonths);

    /// <summary>The standing of <paramref name="convention"/> on <paramref name="today"/>, its successor taken from the catalog.</summary>
    public static ConventionStanding Of(ConventionCatalog catalog, ConventionDefinition convention, DateOnly today) =>
        new(convention, today, catalog.All
            .Where(d => d.Id != convention.Id && d.StartDate > convention.StartDate)
            .MinBy(d => d.StartDate));
}
