using ConventionBot.Calendar;
using ConventionBot.Conversation;

namespace ConventionBot.Meetings;

/// <summary>Who scheduled the meeting, and the conversation (and language) its follow-up card goes to.</summary>
internal sealed record MeetingOrganizer(string? AadObjectId, string? Name, string ConversationId, Language Language = Language.French);
