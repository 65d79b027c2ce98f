namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>The role of a TextBlock (schema 1.5): a heading is announced as one by screen readers. Serialized as camelCase.</summary>
public enum AdaptiveTextBlockStyle
{
    Default,
    Heading,
}
