namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Unfolds a nested card under the actions (Action.ShowCard).</summary>
public sealed class AdaptiveShowCardAction : AdaptiveAction
{
    public required AdaptiveCard Card { get; init; }
}
