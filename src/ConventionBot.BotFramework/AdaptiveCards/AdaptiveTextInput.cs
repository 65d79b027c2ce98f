namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A free-text field (Input.Text).</summary>
public sealed class AdaptiveTextInput : AdaptiveInput
{
    public string? Placeholder { get; init; }

    /// <summary>Initial value.</summary>
    public string? Value { get; init; }

    public bool IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>ECMAScript regular expression the value must match.</summary>
    public string? Regex { get; init; }
}
