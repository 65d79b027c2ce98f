namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Emphasis of an action button. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveActionStyle
{
    Default,
    Positive,
    Destructive,
}
