namespace ConventionBot.BotFramework.Connector;

/// <summary>At most <paramref name="Limit"/> sends in any sliding <paramref name="Window"/>, to one conversation or from the whole app.</summary>
public sealed record RateLimitRule(int Limit, TimeSpan Window);
