using NodaTime;

namespace ConventionBot.Meetings;

/// <summary>
/// Meetings are set in Europe/Paris wall time and stored as UTC instants: the conversions (and the
/// daylight-saving changes they cross) live here only.
/// </summary>
internal static class ParisTime
{
    public const string ZoneId = "Europe/Paris";

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    public static LocalDateTime ToLocal(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).LocalDateTime;

    public static DateOnly DateOf(DateTimeOffset instant) => ToLocal(instant).Date.ToDateOnly();

    /// <summary>The instant of a Paris wall time; null when that time does not exist (the hour skipped in March).</summary>
    public static DateTimeOffset? FromLocal(DateOnly date, TimeOnly time)
    {
        var mapping = Zone.MapLocal(LocalDate.FromDateOnly(date) + LocalTime.FromTimeOnly(time));
        // An hour that occurs twice (October) is read as the first one, as people mean the summer time.
        return mapping.Count == 0 ? null : mapping.First().ToDateTimeOffset().ToUniversalTime();
    }

    /// <summary>The instant of a wall time, moving a skipped time forward by the gap.</summary>
    public static DateTimeOffset FromLocalLeniently(LocalDateTime local) =>
        local.InZoneLeniently(Zone).ToDateTimeOffset().ToUniversalTime();
}
