using ConventionBot.Conventions;

namespace ConventionBot.Subscriptions;

/// <summary>
/// A conversation's subscriptions after <c>abonner</c> or <c>désabonner</c>. Its legacy row, if it still has one, first
/// becomes one row per convention it stood for (<see cref="Subscription.IsFor"/>), so that a change to one convention
/// leaves the others as they were.
/// </summary>
internal static class SubscriptionChanges
{
    /// <summary>The conventions (loaded today) the conversation's rows bring reminders of.</summary>
    public static IReadOnlyList<ConventionDefinition> Conventions(IReadOnlyList<Subscription> existing, ConventionCatalog catalog) =>
        [.. catalog.All.Where(c => existing.Any(s => s.IsFor(c)))];

    public static IReadOnlyList<Subscription> Subscribe(IReadOnlyList<Subscription> existing, Subscription subscription, ConventionCatalog catalog) =>
        [.. Explicit(existing, catalog).Where(s => !Same(s.ConventionId, subscription.ConventionId)), subscription];

    public static IReadOnlyList<Subscription> Unsubscribe(IReadOnlyList<Subscription> existing, ConventionDefinition convention, ConventionCatalog catalog) =>
        [.. Explicit(existing, catalog).Where(s => !Same(s.ConventionId, convention.Id))];

    private static IEnumerable<Subscription> Explicit(IReadOnlyList<Subscription> existing, ConventionCatalog catalog)
    {
        var stated = existing.Where(s => s.ConventionId is not null).ToList();
        var fromLegacy = existing.Where(s => s.ConventionId is null).SelectMany(legacy => catalog.All
            .Where(c => legacy.IsFor(c) && !stated.Any(s => Same(s.ConventionId, c.Id)))
            .Select(c => legacy with { ConventionId = c.Id }));
        return stated.Concat(fromLegacy).DistinctBy(s => s.ConventionId, StringComparer.OrdinalIgnoreCase);
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
