namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Text size of a TextBlock or TextRun; null on a property means the host default. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveTextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
