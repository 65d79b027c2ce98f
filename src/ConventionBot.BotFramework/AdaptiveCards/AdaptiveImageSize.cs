namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Size of an image. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}
