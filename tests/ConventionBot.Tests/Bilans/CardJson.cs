using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConventionBot.Tests.Bilans;

/// <summary>Reads cards as a Teams client sees them: their texts, their buttons' data, their inputs' values.</summary>
public static class CardJson
{
    /// <summary>Every string in the card (texts, titles, values), decoded, one per line.</summary>
    public static string Texts(JsonElement card)
    {
        var texts = new List<string>();
        Collect(card, texts);
        return string.Join("\n", texts);
    }

    /// <summary>Every string of a card given as JSON text, decoded (the wire form escapes no-break spaces as \u00A0).</summary>
    public static string Texts(string cardJson)
    {
        using var document = JsonDocument.Parse(cardJson);
        return Texts(document.RootElement);
    }

    /// <summary>What a reply shows: its text, or every string of its card.</summary>
    public static string Shown(JsonElement reply) => reply.ValueKind == JsonValueKind.String ? reply.GetString()! : Texts(reply);

    /// <summary>The commands the card's "run a command" buttons send, in order.</summary>
    public static IReadOnlyList<string> Commands(JsonElement card)
    {
        var commands = new List<string>();
        Walk(card, e =>
        {
            if (e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" && e.TryGetProperty("verb", out var v) && v.GetString() == "command.run")
            {
                commands.Add(e.GetProperty("data").GetProperty("command").GetString()!);
            }
            return false;
        });
        return commands;
    }

    /// <summary>The data of the first Action.Execute with that verb, anywhere in the card.</summary>
    public static JsonObject ActionData(JsonElement card, string verb) =>
        JsonNode.Parse(FindAction(card, verb)?.GetProperty("data").GetRawText() ?? throw new InvalidOperationException($"No button with verb {verb} in the card: {Texts(card)}"))!.AsObject();

    public static bool HasAction(JsonElement card, string verb) => FindAction(card, verb) is not null;

    /// <summary>The value an input shows (as text), or null when it has none.</summary>
    public static string? InputValue(JsonElement card, string id) => Find(card, e => e.TryGetProperty("id", out var i) && i.GetString() == id) is { } input
        && input.TryGetProperty("value", out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    public static bool HasInput(JsonElement card, string id) => Find(card, e => e.TryGetProperty("id", out var i) && i.GetString() == id) is not null;

    /// <summary>The URLs of the card's Action.OpenUrl buttons.</summary>
    public static IReadOnlyList<Uri> Links(JsonElement card)
    {
        var links = new List<Uri>();
        Walk(card, e =>
        {
            if (e.TryGetProperty("type", out var t) && t.GetString() == "Action.OpenUrl")
            {
                links.Add(new Uri(e.GetProperty("url").GetString()!));
            }
            return false;
        });
        return links;
    }

    private static JsonElement? FindAction(JsonElement card, string verb) =>
        Find(card, e => e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" && e.TryGetProperty("verb", out var v) && v.GetString() == verb);

    private static JsonElement? Find(JsonElement root, Func<JsonElement, bool> match)
    {
        JsonElement? found = null;
        Walk(root, e =>
        {
            if (found is null && match(e))
            {
                found = e;
            }
            return found is not null;
        });
        return found;
    }

    private static bool Walk(JsonElement element, Func<JsonElement, bool> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return visit(element) || element.EnumerateObject().Any(p => Walk(p.Value, visit));
            case JsonValueKind.Array:
                return element.EnumerateArray().Any(e => Walk(e, visit));
            default:
                return false;
        }
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }
                break;
        }
    }
}
