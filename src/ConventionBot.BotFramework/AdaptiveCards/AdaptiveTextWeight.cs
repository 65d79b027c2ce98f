namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Font weight of a TextBlock or TextRun. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveTextWeight
{
    Default,
    Lighter,
    Bolder,
}
