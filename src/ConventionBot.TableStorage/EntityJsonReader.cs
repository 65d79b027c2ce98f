using System.Globalization;
using System.Text.Json;

namespace ConventionBot.TableStorage;

/// <summary>Reads an OData JSON entity into CLR values, using the <c>@odata.type</c> annotations.</summary>
internal static class EntityJsonReader
{
    private const string TypeSuffix = "@odata.type";

    public static Dictionary<string, object?> Read(JsonElement entity)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entity.EnumerateObject())
        {
            var name = property.Name;
            if (name == TableEntity.ETagKey)
            {
                values[name] = property.Value.GetString();
            }
            else if (!name.Contains('@', StringComparison.Ordinal) && !name.StartsWith("odata.", StringComparison.Ordinal))
            {
                // minimalmetadata never annotates system properties, so Timestamp is known by name.
                var edmType = name == nameof(ITableEntity.Timestamp) ? "Edm.DateTime"
                    : entity.TryGetProperty(name + TypeSuffix, out var type) ? type.GetString() : null;
                values[name] = ReadValue(property.Value, edmType);
            }
        }

        return values;
    }

    public static DateTimeOffset ParseDateTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static object? ReadValue(JsonElement value, string? edmType) => (value.ValueKind, edmType) switch
    {
        (JsonValueKind.Null, _) => null,
        (_, "Edm.Int64") => value.ValueKind == JsonValueKind.String
            ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetInt64(),
        (_, "Edm.Double") => ReadDouble(value),
        (_, "Edm.DateTime") => ParseDateTime(value.GetString()!),
        (_, "Edm.Guid") => Guid.Parse(value.GetString()!),
        (_, "Edm.Binary") => value.GetBytesFromBase64(),
        (JsonValueKind.String, _) => value.GetString(),
        (JsonValueKind.True or JsonValueKind.False, _) => value.GetBoolean(),
        (JsonValueKind.Number, _) => ReadNumber(value),
        _ => throw new FormatException($"Unexpected JSON {value.ValueKind} for an entity property (type {edmType ?? "none"})."),
    };

    // Unannotated numbers come from other writers: Int32 when they fit, else Int64, else Double.
    private static object ReadNumber(JsonElement value) =>
        value.TryGetInt32(out var i) ? i : value.TryGetInt64(out var l) ? (object)l : value.GetDouble();

    private static double ReadDouble(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        _ => value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" or "INF" => double.PositiveInfinity,
            "-Infinity" or "-INF" => double.NegativeInfinity,
            var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
        },
    };
}
