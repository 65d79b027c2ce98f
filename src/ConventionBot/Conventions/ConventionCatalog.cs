using ConventionBot.Calendar;

namespace ConventionBot.Conventions;

/// <summary>Every convention definition the bot knows, and the one it works on by default.</summary>
public sealed class ConventionCatalog
{
    private readonly TimeProvider _time;

    public ConventionCatalog(IEnumerable<ConventionDefinition> definitions, TimeProvider time)
    {
        All = [.. definitions];
        if (All.Count == 0)
        {
            throw new ArgumentException("A catalog needs at least one convention definition.", nameof(definitions));
        }

        _time = time;
    }

    /// <summary>All definitions, in file-name order.</summary>
    public IReadOnlyList<ConventionDefinition> All { get; }

    /// <summary>The convention in force today (Europe/Paris), or else the most recent one; see <see cref="DefaultOn"/>.</summary>
    public ConventionDefinition Default => DefaultOn(Today);

    /// <summary>Today's date in Europe/Paris.</summary>
    public DateOnly Today => ParisTime.Today(_time);

    /// <summary>
    /// The convention in force on <paramref name="date"/> (the latest started if several overlap);
    /// otherwise the one that ended last, so a finished convention stays current until its
    /// renewal starts; otherwise, when all are still to come, the next one to start.
    /// </summary>
    public ConventionDefinition DefaultOn(DateOnly date) =>
        All.Where(d => d.IsActiveOn(date)).MaxBy(d => d.StartDate)
        ?? All.Where(d => d.StartDate <= date).MaxBy(d => d.EndDate)
        ?? All.MinBy(d => d.StartDate)!;

    /// <summary>The definition with that id (ignoring case), or null.</summary>
    public ConventionDefinition? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
