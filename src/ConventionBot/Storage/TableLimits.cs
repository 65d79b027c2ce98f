using System.Buffers;
using System.Text.Json;

namespace ConventionBot.Storage;

/// <summary>
/// The limits of real Table Storage, several of which Azurite does not enforce (252 properties, 1 MiB per entity,
/// property names, 100 actions and one partition per transaction). <see cref="TableLimitsPolicy"/> checks every write
/// against them, so a test on Azurite fails where production would, and production names the culprit instead of a 400.
/// </summary>
public static class TableLimits
{
    public const int MaxKeyChars = 512; // 1 KiB of UTF-16
    public const int MaxCustomProperties = 252;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxStringChars = 32 * 1024; // 64 KiB of UTF-16
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxTransactionActions = 100;
    private const int MaxPropertyNameChars = 255;

    // The service forbids / \ # ? and the control characters U+0000-U+001F, U+007F-U+009F in keys.
    private static readonly SearchValues<char> ForbiddenKeyChars = SearchValues.Create(
        "/\\#?" + string.Concat(Enumerable.Range(0x00, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)));

    /// <summary>Checks one entity as Azure.Data.Tables serializes it (JSON with <c>@odata.type</c> annotations); returns its partition key.</summary>
    public static string CheckEntity(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var entity = document.RootElement;
        var partitionKey = "";
        var properties = 0;
        long size = 4; // the service's formula, "Understanding the Table service data model"
        foreach (var property in entity.EnumerateObject())
        {
            var name = property.Name;
            if (name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal) || name == "Timestamp")
            {
                continue;
            }
            if (name is "PartitionKey" or "RowKey")
            {
                var key = property.Value.GetString() ?? "";
                CheckKey(name, key);
                partitionKey = name == "PartitionKey" ? key : partitionKey;
                size += 2L * key.Length;
                continue;
            }
            CheckPropertyName(name);
            properties++;
            size += 8 + (2L * name.Length) + ValueSize(entity, property);
        }
        if (properties > MaxCustomProperties)
        {
            throw new TableLimitException($"The entity has {properties} properties; the limit is {MaxCustomProperties}.");
        }
        if (size > MaxEntityBytes)
        {
            throw new TableLimitException($"The entity is about {size} bytes; the limit is {MaxEntityBytes} (1 MiB).");
        }
        return partitionKey;
    }

    public static void CheckKey(string name, string key)
    {
        if (key.Length > MaxKeyChars)
        {
            throw new TableLimitException($"{name} is {key.Length} characters long; the limit is {MaxKeyChars}.");
        }
        var bad = key.AsSpan().IndexOfAny(ForbiddenKeyChars);
        if (bad >= 0)
        {
            throw new TableLimitException($"{name} contains the forbidden character U+{(int)key[bad]:X4} at index {bad}.");
        }
    }

    private static void CheckPropertyName(string name)
    {
        var valid = name.Length is > 0 and <= MaxPropertyNameChars
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid)
        {
            throw new TableLimitException(
                $"Invalid property name '{name}': letters, digits and '_', starting with a letter or '_', at most {MaxPropertyNameChars} characters.");
        }
    }

    private static long ValueSize(JsonElement entity, JsonProperty property)
    {
        var type = entity.TryGetProperty(property.Name + "@odata.type", out var annotation) ? annotation.GetString() : null;
        var value = property.Value;
        switch (type)
        {
            case "Edm.Binary":
                var bytes = value.GetBytesFromBase64().Length;
                return bytes <= MaxBinaryBytes ? 4 + bytes : throw TooLarge(property.Name, $"{bytes} bytes", $"{MaxBinaryBytes} bytes");
            case "Edm.Guid":
                return 16;
            case "Edm.Int64" or "Edm.DateTime" or "Edm.Double":
                return 8;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => StringSize(property.Name, value.GetString()!),
            JsonValueKind.Number => 8,
            JsonValueKind.True or JsonValueKind.False => 1,
            _ => 0,
        };
    }

    private static long StringSize(string name, string text) =>
        text.Length <= MaxStringChars ? 4 + (2L * text.Length) : throw TooLarge(name, $"{text.Length} characters", $"{MaxStringChars} characters");

    private static TableLimitException TooLarge(string name, string actual, string limit) =>
        new($"Property '{name}' is {actual}; the limit is {limit}.");
}
