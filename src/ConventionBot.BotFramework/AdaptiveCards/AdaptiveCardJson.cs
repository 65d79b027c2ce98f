using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace ConventionBot.BotFramework.AdaptiveCards;

/// <summary>
/// Serializes <see cref="AdaptiveCard"/>s to the schema's JSON: camelCase, enums as camelCase strings,
/// "type" discriminators, and nothing written for nulls, false, empty lists or other schema defaults.
/// Every method enforces a size cap (<see cref="CardSizeGuard"/>).
/// </summary>
public static class AdaptiveCardJson
{
    /// <summary>The one set of options used for cards; read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The card as a JSON string.</summary>
    /// <exception cref="CardTooLargeException">The card is larger than <paramref name="maxBytes"/>.</exception>
    public static string Serialize(AdaptiveCard card, int maxBytes = CardSizeGuard.DefaultMaxBytes) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(card, maxBytes));

    /// <summary>The card as a <see cref="JsonElement"/>, ready to be an attachment's content.</summary>
    /// <exception cref="CardTooLargeException">The card is larger than <paramref name="maxBytes"/>.</exception>
    public static JsonElement ToJsonElement(AdaptiveCard card, int maxBytes = CardSizeGuard.DefaultMaxBytes)
    {
        using var document = JsonDocument.Parse(SerializeToUtf8Bytes(card, maxBytes));
        return document.RootElement.Clone();
    }

    /// <summary>The card as UTF-8 JSON.</summary>
    /// <exception cref="CardTooLargeException">The card is larger than <paramref name="maxBytes"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(AdaptiveCard card, int maxBytes = CardSizeGuard.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = JsonSerializer.SerializeToUtf8Bytes(card, Options);
        CardSizeGuard.EnsureFits(json, maxBytes);
        return json;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // false and 0 are the schema defaults of the non-nullable properties; style properties are
            // nullable, so null means "host default" and is not written either.
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
            // Keeps accented French text as-is: \u00e9 escapes would triple its size against the cap.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IList<>))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }
}
