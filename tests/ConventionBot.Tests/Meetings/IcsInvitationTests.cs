using ConventionBot.Meetings;
using ConventionBot.Tests.Infrastructure;
using Ical.Net.DataTypes;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

/// <summary>A meeting's invitation file as a calendar reads it: Ical.Net parses each one.</summary>
public sealed class IcsInvitationTests
{
    private static readonly DateTimeOffset Now = Utc(2026, 3, 1, 9);

    [Theory]
    [InlineData(2026, 3, 28, 9)] // Saturday, still winter time (UTC+1)
    [InlineData(2026, 3, 29, 8)] // Sunday of the change to summer time (UTC+2 from 02:00)
    [InlineData(2026, 5, 1, 8)] // 1 May, public holiday, summer time
    [InlineData(2026, 10, 25, 9)] // Sunday of the change back to winter time
    public void Write_MeetingAt10ParisTime_StartsAtTheRightUtcHourInTheParisZone(int year, int month, int day, int utcHour)
    {
        var start = new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero);

        var ics = Read(Meeting("COTECH", start));

        Assert.Equal("Europe/Paris", ics.Event.DtStart!.TzId);
        Assert.Equal((10, 0), (ics.Event.DtStart.Hour, ics.Event.DtStart.Minute));
        Assert.Equal(start.UtcDateTime, ics.Event.DtStart.AsUtc);
        Assert.Equal(start.AddHours(2).UtcDateTime, ics.Event.DtEnd!.AsUtc);
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{year}{month:00}{day:00}T100000\r\n", ics.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Always_HoldsTheParisTimeZoneWithItsSummerAndWinterRules()
    {
        var ics = Read(Meeting("COTECH", Utc(2026, 3, 29, 8)));

        var zone = Assert.Single(ics.Calendar.TimeZones);
        Assert.Equal("Europe/Paris", zone.TzId);
        var rules = zone.TimeZoneInfos.ToDictionary(i => i.Name, i => i.RecurrenceRule!.ToString());
        Assert.Equal(["DAYLIGHT", "STANDARD"], rules.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("BYMONTH=3", rules["DAYLIGHT"], StringComparison.Ordinal);
        Assert.Contains("BYDAY=-1SU", rules["DAYLIGHT"], StringComparison.Ordinal);
        Assert.Contains("BYMONTH=10", rules["STANDARD"], StringComparison.Ordinal);
        Assert.Contains("BYDAY=-1SU", rules["STANDARD"], StringComparison.Ordinal);
        Assert.Contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n", ics.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PlannedMeeting_PublishesOneConfirmedEventWithItsStableUidAndDescription()
    {
        var meeting = Meeting("COTECH", Utc(2026, 3, 29, 8), id: "abc123def456");

        var ics = Read(meeting);

        Assert.Equal("PUBLISH", ics.Calendar.Method);
        Assert.Equal("abc123def456@conventionbot", ics.Event.Uid);
        Assert.Equal(0, ics.Event.Sequence);
        Assert.Equal("CONFIRMED", ics.Event.Status);
        Assert.Equal("COTECH", ics.Event.Summary);
        Assert.Equal("Salle du conseil, Le Pharo", ics.Event.Location);
        Assert.StartsWith("Ordre du jour\u00a0:\nBilan 2023 ; programme de travail 2024\n\nChantiers\u00a0: 1. ", ics.Event.Description, StringComparison.Ordinal);
        Assert.Contains("Organisée par\u00a0: Camille Martin", ics.Event.Description, StringComparison.Ordinal);
        Assert.Equal(Utc(2026, 3, 1, 9).UtcDateTime, ics.Event.DtStamp!.AsUtc);
        Assert.Null(ics.Event.Url);
        ics.AssertWellFormedLines();
    }

    [Fact]
    public void Write_EditedTwiceThenCancelled_KeepsTheUidCountsTheChangesAndCancels()
    {
        var meeting = Meeting("COTECH", Utc(2026, 3, 29, 8), id: "abc123def456") with { Version = 3 };

        var edited = Read(meeting);
        var cancelled = Read(meeting with { Version = 4, Status = MeetingStatus.Cancelled });

        Assert.Equal(2, edited.Event.Sequence);
        Assert.Equal("CANCEL", cancelled.Calendar.Method);
        Assert.Equal("CANCELLED", cancelled.Event.Status);
        Assert.Equal(3, cancelled.Event.Sequence);
        Assert.Equal(edited.Event.Uid, cancelled.Event.Uid);
        Assert.Empty(cancelled.Event.Alarms);
        Assert.StartsWith("Réunion annulée.", cancelled.Event.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AgendaAndPlaceFullOfSeparatorsAndLong_AreEscapedFoldedAndReadBackAsTyped()
    {
        var agenda = "1. Bilan 2025, chantiers 1 et 5 ; difficultés\\retards\n2. Programme 2026 : « priorités », calendrier\r\n3. Questions diverses"
            + string.Concat(Enumerable.Repeat(" — relogement, accompagnement social ; NPNRU", 30));
        var meeting = Meeting("COTECH", Utc(2026, 5, 1, 8)) with { Agenda = agenda, Location = "Le Pharo, salle 3; 58 bd Charles-Livon\nMarseille" };

        var ics = Read(meeting);

        ics.AssertWellFormedLines();
        Assert.Equal("Le Pharo, salle 3; 58 bd Charles-Livon\nMarseille", ics.Event.Location);
        Assert.Contains(agenda.Replace("\r\n", "\n", StringComparison.Ordinal), ics.Event.Description, StringComparison.Ordinal);
        Assert.Contains(@"LOCATION:Le Pharo\, salle 3\; 58 bd Charles-Livon\nMarseille", ics.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OnlineMeeting_GivesTheLinkAsPlaceAndUrl()
    {
        var meeting = Meeting("GT", Utc(2026, 3, 12, 13)) with { Location = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d" };

        var ics = Read(meeting);

        Assert.Equal(meeting.Location, ics.Event.Location);
        Assert.Equal(new Uri(meeting.Location), ics.Event.Url);
    }

    [Fact]
    public void Write_DefaultReminders_GiveOneAlarmEachAtTheTimeTheBotRemindsAcrossTheChangeToSummerTime()
    {
        // Monday 30 March 2026 at 10:00 (summer time): J-14 and J-7 are Mondays in winter time, J-1 a Sunday, so the Friday before.
        var meeting = Meeting("COTECH", Utc(2026, 3, 30, 8));

        var ics = Read(meeting);

        var alarms = ics.Event.Alarms.Select(a => ics.Event.DtStart!.Add(a.Trigger!.Duration!.Value).AsUtc).Order().ToList();
        Assert.Equal([.. RemindersOptions.DefaultOffsets.Select(o => ReminderPlanner.DueAt(meeting.Start, o).UtcDateTime).Order()], alarms);
        Assert.Equal([Utc(2026, 3, 16, 9).UtcDateTime, Utc(2026, 3, 23, 9).UtcDateTime, Utc(2026, 3, 27, 9).UtcDateTime], alarms);
        Assert.All(ics.Event.Alarms, a => Assert.Equal("DISPLAY", a.Action));
        Assert.Equal(Duration.FromDays(-3), ics.Event.Alarms[0]!.Trigger!.Duration); // the J-1 first, for calendars that keep one
    }

    [Fact]
    public void Write_ShortReminder_IsAnElapsedTimeAlarm()
    {
        var ics = Read(Meeting("COTECH", Utc(2026, 3, 30, 8)), [TimeSpan.FromMinutes(2)]);

        var alarm = Assert.Single(ics.Event.Alarms);
        Assert.Equal(Duration.FromMinutes(-2), alarm.Trigger!.Duration);
    }

    [Fact]
    public void Write_HeldMeeting_IsStillOfferedWithoutAlarms()
    {
        var ics = Read(Meeting("COPIL", Utc(2025, 10, 14, 8), MeetingStatus.Held) with { Version = 2 });

        Assert.Equal("PUBLISH", ics.Calendar.Method);
        Assert.Equal(1, ics.Event.Sequence);
        Assert.Empty(ics.Event.Alarms);
    }

    [Fact]
    public void FileName_TheBodyAndTheParisDate()
    {
        Assert.Equal("club-npnru-2026-05-01.ics", InvitationDocument.FileName(Meeting(MeetingInstance.Club, Utc(2026, 4, 30, 22, 30))));
    }

    private static IcsFile Read(Meeting meeting, IReadOnlyList<TimeSpan>? offsets = null) =>
        new(InvitationDocument.Write(meeting, Convention, offsets ?? RemindersOptions.DefaultOffsets, Now));
}
