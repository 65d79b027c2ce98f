using System.Globalization;
using System.Text.Json;
using ConventionBot.Cards;

namespace ConventionBot.Meetings;

/// <summary>What the organiser typed in the follow-up card, as sent, so an error never loses it.</summary>
internal sealed record FollowUpForm(string? Minutes, string? Decisions, IReadOnlyList<bool> Done, IReadOnlyList<NewActionRow> NewActions)
{
    public const int NewRows = 3;

    public static FollowUpForm From(Meeting meeting) =>
        new(meeting.Minutes, meeting.Decisions, [.. meeting.Actions.Select(a => a.Done)], [.. Enumerable.Repeat(NewActionRow.Blank, NewRows)]);

    /// <param name="existing">How many actions the meeting had when the card was built.</param>
    public static FollowUpForm Read(JsonElement data, int existing) => new(
        CardData.Text(data, "minutes"),
        CardData.Text(data, "decisions"),
        [.. Enumerable.Range(0, existing).Select(i => CardData.Toggle(data, DoneId(i)))],
        [.. Enumerable.Range(0, NewRows).Select(k => new NewActionRow(
            CardData.Text(data, NewId("text", k)), CardData.Text(data, NewId("owner", k)), CardData.Text(data, NewId("due", k))))]);

    public static string DoneId(int index) => "done-" + index.ToString(CultureInfo.InvariantCulture);

    public static string NewId(string field, int row) => $"new-{field}-{row.ToString(CultureInfo.InvariantCulture)}";
}
