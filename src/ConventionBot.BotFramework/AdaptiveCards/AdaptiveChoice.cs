namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>One choice of an <see cref="AdaptiveChoiceSetInput"/>: shown title, submitted value.</summary>
public sealed class AdaptiveChoice
{
    public required string Title { get; init; }

    public required string Value { get; init; }
}
