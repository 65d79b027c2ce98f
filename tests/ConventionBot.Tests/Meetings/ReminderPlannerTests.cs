using ConventionBot.Meetings;

namespace ConventionBot.Tests.Meetings;

public sealed class ReminderPlannerTests
{
    private static readonly DateTimeOffset LongBefore = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_DefaultOffsetsAcrossTheMarchChangeAndEasterMonday_KeepTheParisHourOnWorkingDays()
    {
        // Tuesday 2 April 2024 at 10:00 in Paris (summer time, UTC+2); Monday 1 April is Easter Monday.
        var start = Utc(2024, 4, 2, 8);

        var reminders = ReminderPlanner.Plan(start, RemindersOptions.DefaultOffsets, LongBefore);

        Assert.Equal(
            [Utc(2024, 3, 19, 9), Utc(2024, 3, 26, 9), Utc(2024, 3, 29, 9)], // 10:00 winter time, J-1 on Friday
            reminders.Select(r => r.DueAt));
        Assert.Equal([TimeSpan.FromDays(14), TimeSpan.FromDays(7), TimeSpan.FromDays(1)], reminders.Select(r => r.Offset));
    }

    [Fact]
    public void Plan_DefaultOffsetsAcrossTheOctoberChange_KeepTheParisHour()
    {
        // Tuesday 29 October 2024 at 14:00 in Paris (winter time, UTC+1); the clocks went back on the 27th.
        var start = Utc(2024, 10, 29, 13);

        var reminders = ReminderPlanner.Plan(start, RemindersOptions.DefaultOffsets, LongBefore);

        Assert.Equal([Utc(2024, 10, 15, 12), Utc(2024, 10, 22, 12), Utc(2024, 10, 28, 13)], reminders.Select(r => r.DueAt));
    }

    [Fact]
    public void DueAt_DayBeforeIsAscensionAndTheDayBeforeThatVictoryDay_GoesOutOnTuesday()
    {
        // Friday 10 May 2024 at 10:00: Thursday is Ascension, Wednesday 8 May is a holiday too.
        var due = ReminderPlanner.DueAt(Utc(2024, 5, 10, 8), TimeSpan.FromDays(1));

        Assert.Equal(Utc(2024, 5, 7, 8), due);
    }

    [Fact]
    public void DueAt_DayBeforeIsNewYearsDay_GoesOutOnNewYearsEveInWinterTime()
    {
        // Friday 2 January 2026 at 10:00 (UTC+1).
        var due = ReminderPlanner.DueAt(Utc(2026, 1, 2, 9), TimeSpan.FromDays(1));

        Assert.Equal(Utc(2025, 12, 31, 9), due);
    }

    [Fact]
    public void DueAt_DayBeforeIsBastilleDayMonday_GoesOutTheFridayBefore()
    {
        // Tuesday 15 July 2025 at 09:30; Monday 14 July is a holiday.
        var due = ReminderPlanner.DueAt(Utc(2025, 7, 15, 7, 30), TimeSpan.FromDays(1));

        Assert.Equal(Utc(2025, 7, 11, 7, 30), due);
    }

    [Fact]
    public void Plan_TwoOffsetsLandingOnTheSameFriday_SendOnce()
    {
        // Monday 3 June 2024 at 09:30: J-1 (Sunday) and J-2 (Saturday) both move to Friday 31 May.
        var reminders = ReminderPlanner.Plan(Utc(2024, 6, 3, 7, 30), [TimeSpan.FromDays(2), TimeSpan.FromDays(1)], LongBefore);

        var reminder = Assert.Single(reminders);
        Assert.Equal(Utc(2024, 5, 31, 7, 30), reminder.DueAt);
    }

    [Fact]
    public void Plan_MinuteOffset_IsElapsedTimeBeforeTheStart()
    {
        var start = Utc(2024, 3, 5, 9);

        var reminder = Assert.Single(ReminderPlanner.Plan(start, [TimeSpan.FromMinutes(2)], LongBefore));

        Assert.Equal(Utc(2024, 3, 5, 8, 58), reminder.DueAt);
    }

    [Fact]
    public void DueAt_HoursAcrossTheNightClocksGoForward_CountsElapsedHours()
    {
        // Sunday 31 March 2024 at 04:00 summer time (02:00 UTC): three real hours before is 00:00 winter time.
        var due = ReminderPlanner.DueAt(Utc(2024, 3, 31, 2), TimeSpan.FromHours(3));

        Assert.Equal(Utc(2024, 3, 30, 23), due);
    }

    [Fact]
    public void DueAt_DaysAndHours_CountsInWallTime()
    {
        // Thursday 7 March 2024 at 14:00: 1.04:00:00 before is Wednesday at 10:00.
        var due = ReminderPlanner.DueAt(Utc(2024, 3, 7, 13), new TimeSpan(1, 4, 0, 0));

        Assert.Equal(Utc(2024, 3, 6, 9), due);
    }

    [Fact]
    public void Plan_SomeRemindersAlreadyPast_KeepsOnlyTheOnesToCome()
    {
        var start = Utc(2024, 4, 2, 8);

        var reminders = ReminderPlanner.Plan(start, RemindersOptions.DefaultOffsets, Utc(2024, 3, 20, 0));

        Assert.Equal([Utc(2024, 3, 26, 9), Utc(2024, 3, 29, 9)], reminders.Select(r => r.DueAt));
    }

    [Fact]
    public void Plan_MeetingAlreadyStarted_PlansNothing()
    {
        var start = Utc(2024, 4, 2, 8);

        var reminders = ReminderPlanner.Plan(start, [TimeSpan.FromMinutes(2), TimeSpan.FromDays(1)], start.AddMinutes(1));

        Assert.Empty(reminders);
    }
}
