namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Buttons placed inside the body rather than at the bottom of the card (ActionSet).</summary>
public sealed class AdaptiveActionSet : AdaptiveElement
{
    public IList<AdaptiveAction> Actions { get; init; } = [];
}
