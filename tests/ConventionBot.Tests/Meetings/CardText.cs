using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConventionBot.Tests.Meetings;

/// <summary>Reads cards the way a test needs: all their texts, and the data of a button.</summary>
internal static class CardText
{
    private static readonly HashSet<string> Shown = ["text", "title", "value"];

    /// <summary>What a reader sees (texts, titles, values), in card order, one per line.</summary>
    public static string Of(JsonElement card) => string.Join("\n", Strings(card, shown: false));

    /// <summary>The data of the first Action.Execute with that verb, found anywhere in the card.</summary>
    public static JsonObject DataOf(JsonElement card, string verb) =>
        Find(card, verb) is { } data ? JsonNode.Parse(data.GetRawText())!.AsObject() : throw new InvalidOperationException($"No button with verb {verb} in {card}");

    /// <summary>The card attached to a message the bot sent.</summary>
    public static JsonElement CardOf(ConventionBot.BotFramework.Schema.Activity activity) => (JsonElement)activity.Attachments![0].Content!;

    private static IEnumerable<string> Strings(JsonElement element, bool shown) => element.ValueKind switch
    {
        JsonValueKind.String when shown => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "fallback").SelectMany(p => Strings(p.Value, Shown.Contains(p.Name))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Strings(e, shown: false)),
        _ => [],
    };

    private static JsonElement? Find(JsonElement element, string verb)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute"
                && element.TryGetProperty("verb", out var v) && v.GetString() == verb)
            {
                return element.TryGetProperty("data", out var data) ? data : JsonDocument.Parse("{}").RootElement;
            }
            return element.EnumerateObject().Select(p => Find(p.Value, verb)).FirstOrDefault(found => found is not null);
        }
        return element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(e => Find(e, verb)).FirstOrDefault(found => found is not null) : null;
    }
}
