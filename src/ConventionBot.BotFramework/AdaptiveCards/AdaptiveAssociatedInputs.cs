namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Which inputs an Action.Submit or Action.Execute sends: all the card's inputs, or none. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveAssociatedInputs
{
    Auto,
    None,
}
