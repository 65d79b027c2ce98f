namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>How an Input.ChoiceSet is shown: a drop-down, radio buttons or check boxes, or a type-ahead list. Serialized as the schema's camelCase string.</summary>
public enum AdaptiveChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered,
}
