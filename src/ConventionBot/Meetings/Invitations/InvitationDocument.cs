using System.Text;
using ConventionBot.Calendar;
using ConventionBot.Conventions;

namespace ConventionBot.Meetings;

/// <summary>
/// A meeting as an iCalendar file (RFC 5545) that Outlook, Teams and other calendars open: one event in Paris time,
/// whose UID never changes and whose SEQUENCE counts the meeting's changes, so a calendar updates the event it already
/// has; a cancelled meeting is a CANCEL of that event. Written in French, as the meetings are held.
/// </summary>
internal static class InvitationDocument
{
    public const string ProductId = "-//ConventionBot//Reunions de la convention//FR";

    private static readonly Language French = Language.French;

    /// <summary>e.g. <c>3f2a9c1b7d40@conventionbot</c>: the same for every version of the meeting.</summary>
    public static string Uid(Meeting meeting) => $"{meeting.Id}@conventionbot";

    /// <summary>e.g. <c>cotech-2026-03-29.ics</c>.</summary>
    public static string FileName(Meeting meeting)
    {
        var code = new string([.. meeting.Instance.Code.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return $"{code}-{ParisTime.DateOf(meeting.Start):yyyy-MM-dd}.ics";
    }

    /// <param name="reminderOffsets">The reminders' offsets (<c>Reminders:Offsets</c>): each becomes an alarm at the time the bot's reminder goes out.</param>
    /// <param name="now">When the file is made (DTSTAMP).</param>
    public static string Write(Meeting meeting, ConventionDefinition convention, IEnumerable<TimeSpan> reminderOffsets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var name = MeetingCardParts.Name(meeting, French);
        var ics = new IcsWriter()
            .Begin("VCALENDAR").Value("VERSION", "2.0").Value("PRODID", ProductId).Value("CALSCALE", "GREGORIAN")
            .Value("METHOD", meeting.IsCancelled ? "CANCEL" : "PUBLISH")
            .ParisTimeZone()
            .Begin("VEVENT")
            .Value("UID", Uid(meeting))
            // Version 1 is the meeting as first saved; every change (edit, cancellation, follow-up) adds one.
            .Value("SEQUENCE", meeting.Version - 1)
            .Utc("DTSTAMP", now)
            .Paris("DTSTART", meeting.Start)
            .Paris("DTEND", meeting.End)
            .Text("SUMMARY", name)
            .Text("LOCATION", meeting.Location)
            .Text("DESCRIPTION", Description(meeting, convention))
            .Value("STATUS", meeting.IsCancelled ? "CANCELLED" : "CONFIRMED");
        if (meeting.HasLink)
        {
            ics.Value("URL", new Uri(meeting.Location!).AbsoluteUri);
        }
        if (meeting.Status == MeetingStatus.Planned)
        {
            foreach (var trigger in InvitationAlarms.Triggers(meeting.Start, reminderOffsets))
            {
                ics.Begin("VALARM").Value("ACTION", "DISPLAY").Value("TRIGGER", trigger)
                    .Text("DESCRIPTION", Typography.French($"Rappel : {name}")).End("VALARM");
            }
        }
        return ics.End("VEVENT").End("VCALENDAR").ToString();
    }

    private static string Description(Meeting meeting, ConventionDefinition convention)
    {
        var text = new StringBuilder();
        if (meeting.IsCancelled)
        {
            text.Append(Typography.French("Réunion annulée.\n\n"));
        }
        if (meeting.Agenda is { } agenda)
        {
            text.Append(Typography.French($"{MeetingTexts.AgendaLabel(French)} :\n")).Append(agenda).Append("\n\n");
        }
        if (meeting.Chantiers.Count > 0)
        {
            text.Append(Typography.French($"{convention.Levels.Item.Titles(French)} : {MeetingCardParts.ChantierList(meeting.Chantiers, convention)}\n"));
        }
        if (meeting.Organizer.Name is { } organizer)
        {
            text.Append(Typography.French($"{MeetingTexts.OrganisedBy(French)} : ") + organizer + "\n");
        }
        return text.Append(convention.Title).ToString();
    }
}
