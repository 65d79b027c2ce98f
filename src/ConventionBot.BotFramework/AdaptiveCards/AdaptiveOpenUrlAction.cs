namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Opens a link (Action.OpenUrl).</summary>
public sealed class AdaptiveOpenUrlAction : AdaptiveAction
{
    public required Uri Url { get; init; }
}
