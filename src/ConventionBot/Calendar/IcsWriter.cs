using System.Globalization;
using System.Text;

namespace ConventionBot.Calendar;

/// <summary>
/// Writes an iCalendar file (RFC 5545) line by line: CRLF line ends, lines folded at 75 octets without splitting a
/// character, TEXT values escaped, dates in UTC or in Paris wall time with the Europe/Paris VTIMEZONE. It knows the
/// format only; which components and properties a file holds is its caller's business.
/// </summary>
internal sealed class IcsWriter
{
    /// <summary>The longest line in octets, CRLF excluded (RFC 5545 §3.1).</summary>
    public const int LineOctets = 75;

    private readonly StringBuilder _text = new();

    public IcsWriter Begin(string component) => Value("BEGIN", component);

    public IcsWriter End(string component) => Value("END", component);

    /// <summary>A property whose value is already in its iCalendar form: an enumeration, a number, a duration, a URI.</summary>
    public IcsWriter Value(string name, string value)
    {
        Fold($"{name}:{value}");
        return this;
    }

    public IcsWriter Value(string name, int value) => Value(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A TEXT property, escaped; nothing when <paramref name="text"/> is null or blank.</summary>
    public IcsWriter Text(string name, string? text) => string.IsNullOrWhiteSpace(text) ? this : Value(name, Escape(text));

    /// <summary>A DATE-TIME in UTC, e.g. <c>DTSTAMP:20260329T080000Z</c>.</summary>
    public IcsWriter Utc(string name, DateTimeOffset instant) =>
        Value(name, instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    /// <summary>A DATE-TIME on the Paris wall clock, e.g. <c>DTSTART;TZID=Europe/Paris:20260329T100000</c>: needs <see cref="ParisTimeZone"/> in the file.</summary>
    public IcsWriter Paris(string name, DateTimeOffset instant) =>
        Value($"{name};TZID={ParisTime.ZoneId}", ParisTime.ToLocal(instant).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));

    /// <summary>
    /// The VTIMEZONE of Europe/Paris: summer time from the last Sunday of March at 02:00 to the last Sunday of October
    /// at 03:00, the EU rule since 1996, which covers every meeting the bot can hold (five years back at most).
    /// </summary>
    public IcsWriter ParisTimeZone() =>
        Begin("VTIMEZONE").Value("TZID", ParisTime.ZoneId)
            .Begin("DAYLIGHT").Value("TZOFFSETFROM", "+0100").Value("TZOFFSETTO", "+0200").Value("TZNAME", "CEST")
            .Value("DTSTART", "19960331T020000").Value("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU").End("DAYLIGHT")
            .Begin("STANDARD").Value("TZOFFSETFROM", "+0200").Value("TZOFFSETTO", "+0100").Value("TZNAME", "CET")
            .Value("DTSTART", "19961027T030000").Value("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU").End("STANDARD")
            .End("VTIMEZONE");

    /// <summary>
    /// A DURATION before or after (e.g. <c>-P3D</c>, <c>-PT2M</c>, <c>-P1DT1H0M30S</c>): days are nominal (the same
    /// wall-clock time on another day), the time part is elapsed time, as RFC 5545 §3.3.6 reads them.
    /// </summary>
    public static string Duration(bool before, int days, TimeSpan time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfLessThan(time, TimeSpan.Zero);
        int[] parts = [(int)time.TotalHours, time.Minutes, time.Seconds];
        var first = Array.FindIndex(parts, p => p != 0);
        var last = Array.FindLastIndex(parts, p => p != 0);
        var text = new StringBuilder(before ? "-P" : "P");
        if (days > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{days}D");
        }
        if (first >= 0)
        {
            text.Append('T');
            // The grammar allows no gap (hours then seconds): the units in between are written, even at zero.
            for (var i = first; i <= last; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{parts[i]}{"HMS"[i]}");
            }
        }
        return days == 0 && first < 0 ? "PT0S" : text.ToString();
    }

    /// <summary>
    /// A TEXT value with its backslashes, semicolons, commas and line breaks escaped (RFC 5545 §3.3.11), and the other
    /// control characters, which TEXT may not hold, left out.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = string.Concat(text.Where(c => !char.IsControl(c) || c is '\t' or '\r' or '\n'));
        return text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace("\n", "\\n", StringComparison.Ordinal);
    }

    /// <summary>The file as written.</summary>
    public override string ToString() => _text.ToString();

    // A line longer than 75 octets goes on in continuation lines that start with a space (counted in their 75).
    private void Fold(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > LineOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }
            _text.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }
        _text.Append("\r\n");
    }
}
