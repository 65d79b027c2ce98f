using ConventionBot.Calendar;
using NodaTime;

namespace ConventionBot.Meetings;

/// <summary>
/// When the reminders of a meeting go out. Offsets of a day or more count in Paris wall time ("J-7 at the
/// meeting's hour", whatever the daylight-saving change in between) and move to the working day before when
/// they fall on a weekend or a public holiday; shorter offsets are elapsed time ("2 minutes before").
/// </summary>
internal static class ReminderPlanner
{
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    /// <summary>The reminders still to send after <paramref name="now"/>, earliest first; two offsets landing on the same instant send once.</summary>
    public static IReadOnlyList<PlannedReminder> Plan(DateTimeOffset start, IEnumerable<TimeSpan> offsets, DateTimeOffset now) =>
        [.. offsets
            .OrderByDescending(offset => offset)
            .Select(offset => new PlannedReminder(offset, DueAt(start, offset)))
            .Where(reminder => reminder.DueAt > now && reminder.DueAt < start)
            .DistinctBy(reminder => reminder.DueAt)
            .OrderBy(reminder => reminder.DueAt)];

    public static DateTimeOffset DueAt(DateTimeOffset start, TimeSpan offset)
    {
        if (offset < OneDay)
        {
            return start.ToUniversalTime() - offset;
        }
        var local = ParisTime.ToLocal(start) - Period.FromTicks(offset.Ticks);
        var workingDay = FrenchHolidays.WorkingDayOnOrBefore(local.Date.ToDateOnly());
        return ParisTime.At(LocalDate.FromDateOnly(workingDay) + local.TimeOfDay);
    }
}

/// <summary>A reminder <see cref="Offset"/> before a meeting, going out at <see cref="DueAt"/> (UTC).</summary>
internal sealed record PlannedReminder(TimeSpan Offset, DateTimeOffset DueAt);
