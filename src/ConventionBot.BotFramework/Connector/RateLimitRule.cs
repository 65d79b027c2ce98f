namespace ConventionBot.BotFramework.Connector;

/// <summary>At most <paramref name="Limit"/> sends to one conversation in any sliding <paramref name="Window"/>.</summary>
public sealed record RateLimitRule(int Limit, TimeSpan Window);
