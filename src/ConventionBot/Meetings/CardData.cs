using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConventionBot.Meetings;

/// <summary>Reads what a card sent back: its action data merged with its inputs, all strings in Teams.</summary>
internal static class CardData
{
    public const string MeetingId = "meetingId";
    public const string ETag = "etag";

    /// <summary>The trimmed string under <paramref name="name"/>, or null when missing or blank.</summary>
    public static string? Text(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var value))
        {
            return null;
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>The data of a button about one meeting (plus the ETag the card was built with, when it changes it).</summary>
    public static JsonObject ForMeeting(Meeting meeting, bool withETag = false, params (string Name, string Value)[] more)
    {
        var data = new JsonObject { [MeetingId] = meeting.Id };
        if (withETag)
        {
            data[ETag] = meeting.ETag;
        }
        foreach (var (name, value) in more)
        {
            data[name] = value;
        }
        return data;
    }
}
