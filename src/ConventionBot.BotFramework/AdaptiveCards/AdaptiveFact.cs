namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>One title/value pair of an <see cref="AdaptiveFactSet"/>.</summary>
public sealed class AdaptiveFact
{
    public required string Title { get; init; }

    public required string Value { get; init; }
}
