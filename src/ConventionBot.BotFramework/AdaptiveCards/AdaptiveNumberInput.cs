namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A number field (Input.Number).</summary>
public sealed class AdaptiveNumberInput : AdaptiveInput
{
    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Initial value.</summary>
    public double? Value { get; init; }
}
