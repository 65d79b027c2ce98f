namespace ConventionBot.BotFramework.Schema;

/// <summary>
/// The body answered to an <c>adaptiveCard/action</c> invoke (always with HTTP 200):
/// <see cref="Type"/> is e.g. <c>application/vnd.microsoft.card.adaptive</c> or <c>application/vnd.microsoft.activity.message</c>.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public int StatusCode { get; set; }
    public string? Type { get; set; }
    public object? Value { get; set; }
}
