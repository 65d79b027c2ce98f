using System.Globalization;
using System.Text.Json;

namespace ConventionBot.Bilans;

/// <summary>Reads what a card sends back (the action's data merged with its inputs), always as text.</summary>
public static class CardInputs
{
    /// <summary>The value under <paramref name="name"/> as text (numbers and booleans too), or null.</summary>
    public static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            }
            : null;

    public static int? Number(JsonElement data, string name) =>
        int.TryParse(Text(data, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The inputs named <paramref name="ids"/>, as typed (missing ones are empty).</summary>
    public static Dictionary<string, string> Collect(JsonElement data, IEnumerable<string> ids) =>
        ids.ToDictionary(id => id, id => Text(data, id) ?? "", StringComparer.Ordinal);
}
