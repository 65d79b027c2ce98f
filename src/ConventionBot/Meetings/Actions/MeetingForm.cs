using System.Text.Json;
using ConventionBot.Calendar;
using ConventionBot.Cards;

namespace ConventionBot.Meetings;

/// <summary>What the user typed in the schedule or edit form, as sent: kept to re-show it next to any error.</summary>
internal sealed record MeetingForm(
    string? Instance,
    string? Label,
    string? Date,
    string? Time,
    string? Duration,
    string? Location,
    string? Agenda,
    string? Chantiers)
{
    public static readonly MeetingForm Empty = new(null, null, null, null, "120", null, null, null);

    public static MeetingForm Read(JsonElement data) => new(
        CardData.Text(data, "instance"),
        CardData.Text(data, "label"),
        CardData.Text(data, "date"),
        CardData.Text(data, "time"),
        CardData.Text(data, "duration"),
        CardData.Text(data, "location"),
        CardData.Text(data, "agenda"),
        CardData.Text(data, "chantiers"));

    public static MeetingForm From(Meeting meeting)
    {
        var local = ParisTime.ToLocal(meeting.Start);
        return new MeetingForm(
            meeting.Instance.Code,
            meeting.Instance.Label,
            local.Date.ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            local.TimeOfDay.ToTimeOnly().ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ((int)meeting.Duration.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture),
            meeting.Location,
            meeting.Agenda,
            string.Join(',', meeting.Chantiers));
    }
}
