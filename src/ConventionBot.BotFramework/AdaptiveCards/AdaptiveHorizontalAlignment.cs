namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Horizontal alignment of text. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveHorizontalAlignment
{
    Left,
    Center,
    Right,
}
