namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>How an image is cropped; Person crops to a circle. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveImageStyle
{
    Default,
    Person,
}
