namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Space above an element. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveSpacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
