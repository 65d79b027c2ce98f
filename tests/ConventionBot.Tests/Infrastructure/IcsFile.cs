using System.Text;
using Ical.Net.CalendarComponents;
using IcsCalendar = Ical.Net.Calendar;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>An iCalendar file as Ical.Net (a real RFC 5545 parser) reads it, and its raw lines as they travel.</summary>
internal sealed record IcsFile(string Text)
{
    public IcsCalendar Calendar { get; } = IcsCalendar.Load(Text) ?? throw new InvalidOperationException("Ical.Net read no calendar in:\n" + Text);

    public CalendarEvent Event => Assert.Single(Calendar.Events);

    /// <summary>The physical lines (split on CRLF, the last, empty one left out).</summary>
    public IReadOnlyList<string> Lines => Text.EndsWith("\r\n", StringComparison.Ordinal)
        ? Text[..^2].Split("\r\n")
        : throw new InvalidOperationException("The file does not end with CRLF.");

    /// <summary>Every line is at most 75 octets of UTF-8, and no line holds a lone CR or LF.</summary>
    public void AssertWellFormedLines() => Assert.All(Lines, line =>
    {
        Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}");
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
    });
}
