namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A check box (Input.Toggle). Values are strings: "true"/"false" unless overridden.</summary>
public sealed class AdaptiveToggleInput : AdaptiveInput
{
    /// <summary>Text next to the check box.</summary>
    public required string Title { get; init; }

    /// <summary>Initial value; checked when equal to <see cref="ValueOn"/>.</summary>
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool Wrap { get; init; }
}
