namespace ConventionBot.Bilans;

/// <summary>Someone who saved or submitted a chantier, and the conversation they did it from (where they are told of reviews).</summary>
public sealed record Contributor(string? AadObjectId, string Name, string ConversationId);
