using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ConventionBot.Conventions;

/// <summary>Culture-independent parsing of YAML scalar values.</summary>
internal static class YamlScalars
{
    public delegate bool TryParse<T>(string text, out T value);

    /// <summary>True for an absent value: <c>key:</c>, <c>key: ~</c>, <c>key: null</c> (but not <c>key: "null"</c>).</summary>
    public static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static bool TryInteger(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static bool TryBoolean(string text, out bool value) =>
        bool.TryParse(text, out value);

    public static bool TryDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>Accepts a member name in any case ("funder"), never a number.</summary>
    public static bool TryEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }

    public static string EnumChoices<TEnum>()
        where TEnum : struct, Enum =>
        "one of: " + string.Join(", ", Enum.GetNames<TEnum>().Select(CamelCase));

    private static string CamelCase(string name) =>
        string.Concat(name[..1].ToLowerInvariant(), name[1..]);
}
