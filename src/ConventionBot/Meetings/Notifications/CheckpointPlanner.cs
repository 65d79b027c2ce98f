using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Meetings;

/// <summary>
/// When governance alerts go out: at 09:00 Paris on each checkpoint of each convention year (or the working
/// day before). Only checkpoints still to come are planned: a convention that is over, like 2022-2024 today,
/// gets no late alerts about years nobody can change any more.
/// </summary>
internal static class CheckpointPlanner
{
    public static readonly TimeOnly AlertTime = new(9, 0);

    public static IReadOnlyList<CheckpointAlert> Upcoming(
        IEnumerable<ConventionDefinition> conventions, IReadOnlyList<GovernanceCheckpoint> checkpoints, DateTimeOffset now) =>
        [.. conventions.SelectMany(convention => All(convention, checkpoints)).Where(alert => alert.DueAt > now).OrderBy(alert => alert.DueAt)];

    /// <summary>Every checkpoint of the convention whose date lies within it and whose instance it has.</summary>
    public static IEnumerable<CheckpointAlert> All(ConventionDefinition convention, IReadOnlyList<GovernanceCheckpoint> checkpoints) =>
        from year in convention.Years
        from checkpoint in checkpoints
        where convention.Instance(checkpoint.Instance) is not null && convention.IsActiveOn(checkpoint.DateIn(year))
        select new CheckpointAlert(convention.Id, year, checkpoint, AlertAt(checkpoint.DateIn(year)));

    public static DateTimeOffset AlertAt(DateOnly date) =>
        ParisTime.ExactlyAt(FrenchHolidays.WorkingDayOnOrBefore(date), AlertTime)
        ?? throw new InvalidOperationException("09:00 always exists in Paris.");
}
