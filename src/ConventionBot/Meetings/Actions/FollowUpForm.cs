using System.Globalization;
using System.Text.Json;
using ConventionBot.Cards;

namespace ConventionBot.Meetings;

/// <summary>What the organiser typed in the follow-up card, as sent, so an error never loses it.</summary>
/// <param name="Attendees">The user ids ticked among those who answered, comma-separated (a multi-select's value).</param>
/// <param name="Others">Other participants, one per line or comma-separated.</param>
internal sealed record FollowUpForm(
    string? Minutes, string? Decisions, IReadOnlyList<bool> Done, IReadOnlyList<NewActionRow> NewActions, string? Attendees = null, string? Others = null)
{
    public const int NewRows = 3;

    /// <param name="answers">The meeting's answers, from which attendance is pre-filled until it is recorded.</param>
    public static FollowUpForm From(Meeting meeting, IReadOnlyList<Rsvp> answers)
    {
        var (attendees, others) = Attendance.Prefill(meeting, answers);
        return new(meeting.Minutes, meeting.Decisions, [.. meeting.Actions.Select(a => a.Done)], [.. Enumerable.Repeat(NewActionRow.Blank, NewRows)], attendees, others);
    }

    /// <param name="existing">How many actions the meeting had when the card was built.</param>
    public static FollowUpForm Read(JsonElement data, int existing) => new(
        CardData.Text(data, "minutes"),
        CardData.Text(data, "decisions"),
        [.. Enumerable.Range(0, existing).Select(i => CardData.Toggle(data, DoneId(i)))],
        [.. Enumerable.Range(0, NewRows).Select(k => new NewActionRow(
            CardData.Text(data, NewId("text", k)), CardData.Text(data, NewId("owner", k)), CardData.Text(data, NewId("due", k))))],
        CardData.Text(data, Attendance.AttendeesId),
        CardData.Text(data, Attendance.OthersId));

    public static string DoneId(int index) => "done-" + index.ToString(CultureInfo.InvariantCulture);

    public static string NewId(string field, int row) => $"new-{field}-{row.ToString(CultureInfo.InvariantCulture)}";
}
