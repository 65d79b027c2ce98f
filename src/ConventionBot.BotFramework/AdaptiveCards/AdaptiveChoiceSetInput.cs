namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A list of choices (Input.ChoiceSet): drop-down, radio buttons or check boxes, or type-ahead.</summary>
public sealed class AdaptiveChoiceSetInput : AdaptiveInput
{
    public IList<AdaptiveChoice> Choices { get; init; } = [];

    /// <summary>Null keeps the schema default (compact, a drop-down).</summary>
    public AdaptiveChoiceInputStyle? Style { get; init; }

    public bool IsMultiSelect { get; init; }

    /// <summary>Initially selected value; several values are comma-separated when multi-select.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>Wraps long choice titles.</summary>
    public bool Wrap { get; init; }
}
