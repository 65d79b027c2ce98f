using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>
/// Universal Actions auto-refresh: Teams runs <see cref="Action"/> when one of <see cref="UserIds"/>
/// (or anyone, when empty) opens the card, and shows the card the bot returns.
/// </summary>
public sealed class AdaptiveRefresh
{
    /// <summary>
    /// The action Teams runs. Clients without Universal Actions never refresh, so its Action.Submit
    /// fallback is useless here: set <see cref="AdaptiveExecuteAction.FallbackToSubmit"/> to false.
    /// </summary>
    [JsonIgnore]
    public required AdaptiveExecuteAction Action { get; init; }

    /// <summary>Teams user MRIs (29:...) that trigger the refresh; Teams requires this list for group chats.</summary>
    public IList<string> UserIds { get; init; } = [];

    // Serialized through the base type so the "type" discriminator is written.
    [JsonInclude]
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    private AdaptiveAction SerializedAction => Action;
}
