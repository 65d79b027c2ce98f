using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>A time picker (Input.Time). Times are written as HH:mm, the form the schema expects.</summary>
public sealed class AdaptiveTimeInput : AdaptiveInput
{
    public string? Placeholder { get; init; }

    /// <summary>Initial value.</summary>
    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Value { get; init; }

    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Min { get; init; }

    [JsonConverter(typeof(HourMinuteJsonConverter))]
    public TimeOnly? Max { get; init; }
}
