using NodaTime;

namespace ConventionBot.Calendar;

/// <summary>
/// The conventions are French: days, deadlines and meetings are set in Europe/Paris wall time and
/// stored as UTC instants. The conversions, and the daylight-saving changes they cross, live here only.
/// </summary>
/// <remarks>
/// A wall time in the hour skipped in March moves forward by the gap (02:30 becomes 03:30 summer time);
/// a wall time in the hour repeated in October is read as the first one, summer time, as people mean it.
/// <see cref="ExactlyAt"/> refuses the skipped hour instead, for times a person typed.
/// </remarks>
internal static class ParisTime
{
    public const string ZoneId = "Europe/Paris";

    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>Today's date in Paris, whatever the server's zone.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    /// <summary>The date in Paris at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => ToLocal(instant).Date.ToDateOnly();

    /// <summary>The Paris wall clock at <paramref name="instant"/>.</summary>
    public static LocalDateTime ToLocal(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).LocalDateTime;

    /// <summary>
    /// The instant the Paris clock shows <paramref name="day"/> at <paramref name="timeOfDay"/>, moved by
    /// <paramref name="shift"/> on the wall clock: "J-14 at 09:00" stays at 09:00 across a change to summer time.
    /// </summary>
    public static DateTimeOffset At(DateOnly day, TimeSpan timeOfDay, TimeSpan shift = default) =>
        At(LocalDate.FromDateOnly(day).AtMidnight().PlusTicks(timeOfDay.Ticks + shift.Ticks));

    /// <summary>The instant of a Paris wall time, a skipped time moved forward by the gap.</summary>
    public static DateTimeOffset At(LocalDateTime local) =>
        local.InZoneLeniently(Zone).ToDateTimeOffset().ToUniversalTime();

    /// <summary>The instant of a Paris wall time; null when that time does not exist (the hour skipped in March).</summary>
    public static DateTimeOffset? ExactlyAt(DateOnly date, TimeOnly time)
    {
        var mapping = Zone.MapLocal(LocalDate.FromDateOnly(date) + LocalTime.FromTimeOnly(time));
        return mapping.Count == 0 ? null : mapping.First().ToDateTimeOffset().ToUniversalTime();
    }

    /// <summary>Midnight in Paris at the start of <paramref name="day"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => At(day, TimeSpan.Zero);

    /// <summary>The first instant after <paramref name="day"/> in Paris: a deadline day is over then.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));
}
