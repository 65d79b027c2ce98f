namespace ConventionBot.Meetings;

/// <summary>One person's answer to a meeting: participe or ne participe pas.</summary>
internal sealed record Rsvp(string UserId, string? Name, bool Attending, DateTimeOffset AnsweredAt);
