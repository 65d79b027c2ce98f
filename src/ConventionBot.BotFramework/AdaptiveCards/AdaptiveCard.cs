using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>
/// An Adaptive Card, limited to schema 1.5 (the highest Teams renders). Serialize it with
/// <see cref="AdaptiveCardJson"/> and send it as an attachment of type <see cref="ContentType"/>.
/// </summary>
public sealed class AdaptiveCard
{
    /// <summary>Attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The highest schema version Teams renders.</summary>
    public const string TeamsSchemaVersion = "1.5";

    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = TeamsSchemaVersion;

    public IList<AdaptiveElement> Body { get; init; } = [];

    public IList<AdaptiveAction> Actions { get; init; } = [];

    /// <summary>Action run when the card itself is clicked; Action.ShowCard is not allowed here.</summary>
    public AdaptiveAction? SelectAction { get; init; }

    /// <summary>Plain text shown by clients that cannot render the card (and in notifications).</summary>
    public string? FallbackText { get; init; }

    /// <summary>What a speech client reads instead of the card.</summary>
    public string? Speak { get; init; }

    /// <summary>Two-letter ISO 639-1 language of the card ("fr"); the parser rejects "fr-FR".</summary>
    public string? Lang { get; init; }

    public AdaptiveRefresh? Refresh { get; init; }

    /// <summary>Teams extension, e.g. <c>new AdaptiveMsTeams { Width = AdaptiveMsTeams.FullWidth }</c>.</summary>
    [JsonPropertyName("msteams")]
    public AdaptiveMsTeams? MsTeams { get; init; }
}
