namespace ConventionBot.Meetings;

/// <summary>A valid follow-up: the compte-rendu, the decisions, and every action (the existing ones first).</summary>
internal sealed record FollowUpDraft(string? Minutes, string? Decisions, IReadOnlyList<FollowUpAction> Actions);
