namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A date picker (Input.Date). Dates are written as yyyy-MM-dd, the form the schema expects.</summary>
public sealed class AdaptiveDateInput : AdaptiveInput
{
    public string? Placeholder { get; init; }

    /// <summary>Initial value.</summary>
    public DateOnly? Value { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }
}
