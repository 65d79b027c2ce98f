using System.Buffers;
using System.Text.RegularExpressions;

namespace ConventionBot.TableStorage;

/// <summary>
/// Client-side checks of the service limits, so bad input fails fast with the culprit named
/// (Azurite does not enforce several of them, real Azure does).
/// </summary>
internal static partial class TableValidator
{
    public const int MaxKeyChars = 512; // 1 KiB of UTF-16
    public const int MaxCustomProperties = 252;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxStringChars = 32 * 1024; // 64 KiB of UTF-16
    public const int MaxBinaryBytes = 64 * 1024;
    private const int MaxPropertyNameChars = 255;

    // The service forbids these in keys: / \ # ? and the control characters U+0000-U+001F, U+007F-U+009F.
    private static readonly SearchValues<char> ForbiddenKeyChars = SearchValues.Create(
        "/\\#?" + string.Concat(Enumerable.Range(0x00, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)));

    public static void ValidateTableName(string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        if (!TableNamePattern().IsMatch(tableName) || tableName.Equals("tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Invalid table name '{tableName}': use 3 to 63 letters or digits, starting with a letter (\"tables\" is reserved).",
                nameof(tableName));
        }
    }

    public static void ValidateKey(string? key, string keyName)
    {
        if (key is null)
        {
            throw new ArgumentNullException(keyName, $"{keyName} is required.");
        }

        if (key.Length > MaxKeyChars)
        {
            throw new ArgumentException($"{keyName} is {key.Length} characters long; the limit is {MaxKeyChars} (1 KiB).", keyName);
        }

        var bad = key.AsSpan().IndexOfAny(ForbiddenKeyChars);
        if (bad >= 0)
        {
            throw new ArgumentException(
                $"{keyName} contains the forbidden character U+{(int)key[bad]:X4} at index {bad} (/ \\ # ? and control characters are not allowed).",
                keyName);
        }
    }

    /// <summary>Checks a property list from <see cref="EntityMapper.ToProperties"/> (keys first).</summary>
    public static void ValidateEntity(IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        var partitionKey = properties[0].Value as string;
        var rowKey = properties[1].Value as string;
        ValidateKey(partitionKey, nameof(ITableEntity.PartitionKey));
        ValidateKey(rowKey, nameof(ITableEntity.RowKey));
        if (properties.Count - 2 > MaxCustomProperties)
        {
            throw new ArgumentException($"The entity has {properties.Count - 2} properties; the limit is {MaxCustomProperties}.");
        }

        // Size formula of the service documentation ("Understanding the Table service data model").
        long size = 4 + (2L * partitionKey!.Length) + (2L * rowKey!.Length);
        foreach (var (name, value) in properties.Skip(2))
        {
            ValidatePropertyName(name);
            size += 8 + (2L * name.Length) + ValueSize(name, value);
        }

        if (size > MaxEntityBytes)
        {
            throw new ArgumentException($"The entity is about {size} bytes; the limit is {MaxEntityBytes} (1 MiB).");
        }
    }

    private static void ValidatePropertyName(string name)
    {
        var valid = name.Length is > 0 and <= MaxPropertyNameChars
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid)
        {
            throw new ArgumentException(
                $"Invalid property name '{name}': use letters, digits and '_', start with a letter or '_', at most {MaxPropertyNameChars} characters.");
        }
    }

    private static long ValueSize(string name, object? value) => value switch
    {
        string s when s.Length > MaxStringChars => throw TooLarge(name, $"{s.Length} characters", $"{MaxStringChars} characters"),
        string s => 4 + (2L * s.Length),
        byte[] b when b.Length > MaxBinaryBytes => throw TooLarge(name, $"{b.Length} bytes", $"{MaxBinaryBytes} bytes"),
        byte[] b => 4 + b.Length,
        BinaryData d => ValueSize(name, d.ToArray()),
        Enum e => ValueSize(name, e.ToString()),
        bool => 1,
        int => 4,
        long or double or DateTime or DateTimeOffset => 8,
        Guid => 16,
        _ => throw new ArgumentException(
            $"Property '{name}' has unsupported type {value?.GetType().Name}; use string, bool, int, long, double, DateTime(Offset), Guid, byte[], BinaryData or an enum."),
    };

    private static ArgumentException TooLarge(string name, string actual, string limit) =>
        new($"Property '{name}' is {actual}; the limit is {limit}.");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
