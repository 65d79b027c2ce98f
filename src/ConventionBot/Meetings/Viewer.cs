using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>Who is looking at a meetings card: their id (for their answers), whether they administer, their language.</summary>
internal sealed record Viewer(string? UserId, string? Name, bool IsAdmin, Language Language)
{
    public static Viewer Of(Caller caller, BotFramework.Builder.ITurnContext turn) =>
        new(caller.AadObjectId ?? turn.Activity.From?.Id, caller.Name, caller.IsAdmin, caller.Language);

    /// <summary>Admins, and the meeting's organiser, see who answered and record the follow-up.</summary>
    public bool Manages(Meeting meeting) =>
        IsAdmin || (UserId is not null && string.Equals(meeting.Organizer.AadObjectId, UserId, StringComparison.OrdinalIgnoreCase));
}
