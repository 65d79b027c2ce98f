using System.Text;
using ConventionBot.Calendar;
using ConventionBot.Tests.Infrastructure;
using Ical.Net.DataTypes;
using NodaTime;

namespace ConventionBot.Tests.Calendar;

public sealed class IcsWriterTests
{
    [Fact]
    public void Text_CommasSemicolonsBackslashesAndEveryLineBreak_AreEscapedAndParseBack()
    {
        const string Typed = "Salle 3, bâtiment B; accès\\badge\r\nétage 2\rporte 4\nfin";

        var ics = new IcsFile(Minimal(w => w.Text("LOCATION", Typed)));

        Assert.Contains(@"LOCATION:Salle 3\, bâtiment B\; accès\\badge\nétage 2\nporte 4\nfin", ics.Text, StringComparison.Ordinal);
        Assert.Equal("Salle 3, bâtiment B; accès\\badge\nétage 2\nporte 4\nfin", ics.Event.Location);
    }

    [Fact]
    public void Text_OtherControlCharacters_AreLeftOutButTabsKept()
    {
        var ics = new IcsFile(Minimal(w => w.Text("SUMMARY", "COTECH\u0007\u001b\tbilan\u007f")));

        Assert.Contains("SUMMARY:COTECH\tbilan\r\n", ics.Text, StringComparison.Ordinal);
        Assert.Equal("COTECH\tbilan", ics.Event.Summary);
    }

    [Fact]
    public void Fold_LongLineOfMultiByteCharacters_KeepsEveryLineWithin75OctetsWithoutSplittingOne()
    {
        var typed = string.Concat(Enumerable.Repeat("Réunion « été » 🗓️ ", 20));

        var ics = new IcsFile(Minimal(w => w.Text("DESCRIPTION", typed)));

        ics.AssertWellFormedLines();
        Assert.Contains(ics.Lines, line => line.StartsWith(' '));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics.Text)));
        Assert.Equal(typed, ics.Event.Description);
    }

    [Fact]
    public void Fold_LineOfExactly75Octets_IsNotFolded()
    {
        var value = new string('x', IcsWriter.LineOctets - "SUMMARY:".Length);

        var ics = new IcsFile(Minimal(w => w.Text("SUMMARY", value)));

        Assert.Contains("SUMMARY:" + value + "\r\n", ics.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 3, 0, 0, 0, "-P3D")]
    [InlineData(true, 14, 0, 0, 0, "-P14D")]
    [InlineData(true, 0, 0, 2, 0, "-PT2M")]
    [InlineData(true, 2, 23, 0, 0, "-P2DT23H")]
    [InlineData(true, 1, 1, 0, 30, "-P1DT1H0M30S")]
    [InlineData(false, 0, 0, 0, 45, "PT45S")]
    [InlineData(false, 0, 0, 0, 0, "PT0S")]
    public void Duration_DaysAndTime_FollowsTheRfcGrammar(bool before, int days, int hours, int minutes, int seconds, string expected)
    {
        var duration = IcsWriter.Duration(before, days, new TimeSpan(hours, minutes, seconds));

        Assert.Equal(expected, duration);
        Assert.NotNull(Ical.Net.DataTypes.Duration.Parse(duration));
    }

    [Fact]
    public void Paris_InSummerAndWinter_WritesTheWallClockWithTheZoneAndUtcWithZ()
    {
        var text = Minimal(w => w.Paris("DTSTART", new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero)).Utc("LAST-MODIFIED", new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)));

        Assert.Contains("DTSTART;TZID=Europe/Paris:20260329T100000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("LAST-MODIFIED:20260328T090000Z\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ParisTimeZone_ItsRules_ChangeTheClockWhenTheTimeZoneDatabaseDoesFrom2020To2035()
    {
        var zone = Assert.Single(new IcsFile(Minimal(w => w.Paris("DTSTART", DateTimeOffset.UnixEpoch))).Calendar.TimeZones);

        // Each rule's onsets, read by Ical.Net from the file, are wall times in the offset they leave.
        var fromFile = zone.TimeZoneInfos
            .SelectMany(rule => rule.GetOccurrences(new CalDateTime(2020, 1, 1, 0, 0, 0), null)
                .TakeWhile(o => o.Period.StartTime.Year <= 2035)
                .Select(o => new DateTimeOffset(o.Period.StartTime.Value, rule.OffsetFrom!.Offset).UtcDateTime))
            .Order().ToList();
        var tzdb = DateTimeZoneProviders.Tzdb[ParisTime.ZoneId]
            .GetZoneIntervals(Instant.FromUtc(2020, 1, 1, 0, 0), Instant.FromUtc(2036, 1, 1, 0, 0))
            .Skip(1).Select(i => i.Start.ToDateTimeUtc()).ToList();

        Assert.Equal(32, tzdb.Count);
        Assert.Equal(tzdb, fromFile);
    }

    private static string Minimal(Action<IcsWriter> eventProperties)
    {
        var writer = new IcsWriter().Begin("VCALENDAR").Value("VERSION", "2.0").Value("PRODID", "-//Tests//FR").ParisTimeZone()
            .Begin("VEVENT").Value("UID", "test@conventionbot").Utc("DTSTAMP", DateTimeOffset.UnixEpoch);
        eventProperties(writer);
        return writer.End("VEVENT").End("VCALENDAR").ToString();
    }
}
