using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConventionBot.Cards;

/// <summary>
/// Reads what a card sent back: its action's data merged with its inputs (Teams sends inputs as strings).
/// One rule for every value: it is trimmed, and a blank one counts as absent.
/// </summary>
internal static class CardData
{
    /// <summary>The trimmed text under <paramref name="name"/> (numbers and booleans too); null when missing or blank.</summary>
    public static string? Text(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var value))
        {
            return null;
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A count or number the bot itself put in a button ("2024", 7); null when missing or not digits only.</summary>
    public static int? Integer(JsonElement data, string name) =>
        int.TryParse(Text(data, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A toggle input: true only when it sent "true" (its default valueOn).</summary>
    public static bool Toggle(JsonElement data, string name) => Text(data, name) == "true";

    /// <summary>
    /// The mark of a button whose answer is another card: it is sent as a new message and the clicked card
    /// stays as it was. Without it the answer refreshes the clicked card in place (its own new state).
    /// </summary>
    public const string OpensNewCardKey = "newCard";

    /// <summary><paramref name="data"/> (or new data) with the <see cref="OpensNewCardKey"/> mark.</summary>
    public static JsonObject OpeningNewCard(JsonObject? data)
    {
        data ??= [];
        data[OpensNewCardKey] = true;
        return data;
    }

    public static bool OpensNewCard(JsonElement data) => Toggle(data, OpensNewCardKey);

    /// <summary>The inputs named <paramref name="ids"/>, trimmed; missing or blank ones are empty.</summary>
    public static Dictionary<string, string> Collect(JsonElement data, IEnumerable<string> ids) =>
        ids.ToDictionary(id => id, id => Text(data, id) ?? "", StringComparer.Ordinal);
}
