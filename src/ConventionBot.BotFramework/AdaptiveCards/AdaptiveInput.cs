namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Base of the Input.* elements. Their value is sent back under <see cref="AdaptiveElement.Id"/>.</summary>
public abstract class AdaptiveInput : AdaptiveElement
{
    /// <summary>Label shown with the input; the parser warns when a required input has none.</summary>
    public string? Label { get; init; }

    /// <summary>Blocks the submitting action until the input has a valid value.</summary>
    public bool IsRequired { get; init; }

    /// <summary>Message shown when the value is missing or invalid.</summary>
    public string? ErrorMessage { get; init; }
}
