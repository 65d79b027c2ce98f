using System.Text.Json.Nodes;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Sends the inputs and <see cref="Data"/> to the bot as a message whose value is that data (Action.Submit).</summary>
public sealed class AdaptiveSubmitAction : AdaptiveAction
{
    public JsonObject? Data { get; init; }

    /// <summary>Null keeps the schema default (auto: all inputs are sent).</summary>
    public AdaptiveAssociatedInputs? AssociatedInputs { get; init; }
}
