namespace ConventionBot.Meetings;

/// <summary>Who scheduled the meeting, and the conversation that gets its follow-up card.</summary>
internal sealed record MeetingOrganizer(string? AadObjectId, string? Name, string ConversationId);
