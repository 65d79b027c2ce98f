using System.Text.Json.Nodes;

namespace ConventionBot.Meetings;

/// <summary>What meeting buttons carry, so a click finds its meeting (and the version it showed) again.</summary>
internal static class MeetingCardData
{
    public const string MeetingId = "meetingId";
    public const string ETag = "etag";


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
