using System.Text.Json;

namespace ConventionBot.BotFramework.Schema;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke; <see cref="Trigger"/> is <c>manual</c> or <c>automatic</c>.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public const string InvokeName = "adaptiveCard/action";

    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }
    public JsonElement? Authentication { get; set; }
    public string? State { get; set; }
}
