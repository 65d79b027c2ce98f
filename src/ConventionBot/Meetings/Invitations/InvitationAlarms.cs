using ConventionBot.Calendar;
using NodaTime;

namespace ConventionBot.Meetings;

/// <summary>
/// The alarms of an invitation, one per reminder the bot sends, as RFC 5545 triggers before the start. A reminder of a
/// day or more keeps the meeting's Paris hour and moves to the working day before (<see cref="ReminderPlanner.DueAt"/>):
/// its trigger counts nominal days on the wall clock ("-P3D" from a Monday is the Friday at the same hour, whatever
/// the daylight-saving change in between). A shorter one is elapsed time ("-PT2M").
/// </summary>
internal static class InvitationAlarms
{
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    /// <summary>
    /// The triggers, the last before the meeting first: a calendar that keeps one alarm only (Outlook keeps the first)
    /// keeps that one. Two reminders at the same time give one alarm.
    /// </summary>
    public static IReadOnlyList<string> Triggers(DateTimeOffset start, IEnumerable<TimeSpan> offsets) =>
        [.. offsets
            .Where(offset => offset > TimeSpan.Zero)
            .OrderBy(offset => offset)
            .Select(offset => offset < OneDay ? IcsWriter.Duration(before: true, 0, offset) : WallClockLead(start, ReminderPlanner.DueAt(start, offset)))
            .Distinct(StringComparer.Ordinal)];

    private static string WallClockLead(DateTimeOffset start, DateTimeOffset due)
    {
        var lead = Period.Between(ParisTime.ToLocal(due), ParisTime.ToLocal(start), PeriodUnits.Days | PeriodUnits.HourMinuteSecond);
        return IcsWriter.Duration(before: true, lead.Days, new TimeSpan((int)lead.Hours, (int)lead.Minutes, (int)lead.Seconds));
    }
}
