using System.Text.Json;

namespace ConventionBot.Meetings;

/// <summary>What a meeting notification carries: which meeting, which version it was planned for, and why.</summary>
internal sealed record MeetingPayload(string MeetingId, int Version, MeetingHeadline Headline)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MeetingPayload For(Meeting meeting, MeetingHeadline headline) => new(meeting.Id, meeting.Version, headline);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MeetingPayload Read(string json) =>
        JsonSerializer.Deserialize<MeetingPayload>(json, Json) ?? throw new JsonException("Empty meeting notification payload.");

    /// <summary>True while the meeting is still the version the notification was planned for.</summary>
    public bool StillAbout(Meeting? meeting) => meeting is not null && meeting.Version == Version;
}
