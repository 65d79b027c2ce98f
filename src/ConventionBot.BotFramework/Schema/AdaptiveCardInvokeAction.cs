using System.Text.Json;

namespace ConventionBot.BotFramework.Schema;

/// <summary>The <c>Action.Execute</c> that triggered an <c>adaptiveCard/action</c> invoke.</summary>
public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonElement? Data { get; set; }
}
