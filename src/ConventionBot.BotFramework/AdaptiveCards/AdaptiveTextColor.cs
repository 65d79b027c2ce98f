namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Text color, taken from the host's palette. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveTextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
