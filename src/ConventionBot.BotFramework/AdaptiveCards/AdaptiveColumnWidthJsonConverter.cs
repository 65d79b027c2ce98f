using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>Writes keywords as strings and weights as numbers, the two forms the schema accepts.</summary>
internal sealed class AdaptiveColumnWidthJsonConverter : JsonConverter<AdaptiveColumnWidth>
{
    public override AdaptiveColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return AdaptiveColumnWidth.Weighted(reader.GetInt32());
        }

        return reader.GetString() switch
        {
            "auto" => AdaptiveColumnWidth.Auto,
            "stretch" => AdaptiveColumnWidth.Stretch,
            var other => throw new JsonException($"Unsupported column width \"{other}\"."),
        };
    }

    public override void Write(Utf8JsonWriter writer, AdaptiveColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is { } keyword)
        {
            writer.WriteStringValue(keyword);
        }
        else if (value.Weight > 0)
        {
            writer.WriteNumberValue(value.Weight);
        }
        else
        {
            throw new JsonException("A default AdaptiveColumnWidth has no width; use Auto, Stretch or Weighted(n).");
        }
    }
}
