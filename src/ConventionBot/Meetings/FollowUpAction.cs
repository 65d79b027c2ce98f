namespace ConventionBot.Meetings;

/// <summary>A follow-up action decided in a meeting, chased before the next meeting of the same instance.</summary>
internal sealed record FollowUpAction(string Text, string Owner, DateOnly Due, bool Done);
