using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ConventionBot.BotFramework.Schema;

/// <summary>The one JSON configuration of the Bot Framework wire format: camelCase, nulls omitted, web defaults.</summary>
public static class BotJson
{
    /// <summary>Read-only shared options; schema types use source-generated metadata, other types (card content) fall back to reflection.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // JSON for the Connector, never embedded in HTML: keep accented French as-is, \u00e9 escapes triple its size.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(BotJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
