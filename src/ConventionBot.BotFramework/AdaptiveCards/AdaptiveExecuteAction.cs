using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>
/// A Universal Action (Action.Execute): Teams sends an adaptiveCard/action invoke carrying
/// <see cref="Verb"/> and <see cref="Data"/>. By default its fallback is an Action.Submit with the same
/// data plus the verb, so Teams clients without Universal Actions send a message whose value can be
/// routed by the same verb.
/// </summary>
public sealed class AdaptiveExecuteAction : AdaptiveAction
{
    /// <summary>Key under which the fallback Action.Submit carries <see cref="Verb"/> in its data.</summary>
    public const string FallbackVerbKey = "verb";

    /// <summary>Tells the bot what to do; the invoke handler routes on it.</summary>
    public required string Verb { get; init; }

    /// <summary>Data sent back with the input values.</summary>
    public JsonObject? Data { get; init; }

    /// <summary>Null keeps the schema default (auto: all inputs are sent).</summary>
    public AdaptiveAssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>True (default) emits the Action.Submit <see cref="Fallback"/>; false lets old clients drop the action.</summary>
    [JsonIgnore]
    public bool FallbackToSubmit { get; init; } = true;

    /// <summary>
    /// Computed: an Action.Submit with this title, style and inputs, whose data is <see cref="Data"/>
    /// with <see cref="FallbackVerbKey"/> set to <see cref="Verb"/> (replacing any such key).
    /// </summary>
    [JsonPropertyOrder(1)]
    public AdaptiveAction? Fallback => FallbackToSubmit ? CreateSubmitFallback() : null;

    private AdaptiveSubmitAction CreateSubmitFallback()
    {
        // Cloned because a JsonNode can only have one parent and Data stays on this action.
        var data = Data?.DeepClone().AsObject() ?? [];
        data[FallbackVerbKey] = Verb;
        return new AdaptiveSubmitAction
        {
            Title = Title,
            Style = Style,
            IsEnabled = IsEnabled,
            Data = data,
            AssociatedInputs = AssociatedInputs,
        };
    }
}
