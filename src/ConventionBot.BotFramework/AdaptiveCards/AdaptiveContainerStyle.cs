namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Background style of a container or column. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
