using System.ComponentModel;
using System.Reflection;
using ConventionBot.BotFramework.Authentication;

namespace ConventionBot.Tests.Infra;

/// <summary>
/// The configuration keys the app binds, found by reflection over its <c>*Options</c> classes: each declares
/// <c>const string SectionName</c> ("" for root keys such as MicrosoftAppId). A key is the section, then
/// property names; list properties take an index (<c>Access:Admins:0</c>), as the configuration binder does.
/// </summary>
internal static class ConfigurationKeys
{
    private static readonly Assembly[] _appAssemblies = [typeof(Program).Assembly, typeof(BotAuthenticationOptions).Assembly];

    public static IReadOnlyList<(string Section, Type Type)> OptionsTypes { get; } =
        _appAssemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(t => (Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static), Type: t))
            .Where(x => x.Field is { IsLiteral: true })
            .Select(x => ((string)x.Field!.GetRawConstantValue()!, x.Type))
            .ToList();

    public static bool IsBound(string key)
    {
        var segments = key.Split(':');
        return OptionsTypes.Any(o => o.Section.Length == 0
            ? Binds(o.Type, segments)
            : segments.Length > 1 && string.Equals(segments[0], o.Section, StringComparison.OrdinalIgnoreCase) && Binds(o.Type, segments.AsSpan(1)));
    }

    private static bool Binds(Type type, ReadOnlySpan<string> segments)
    {
        if (IsLeaf(type))
        {
            return segments.IsEmpty; // a leaf: the key must end here
        }

        if (segments.IsEmpty)
        {
            return false;
        }

        if (ElementType(type) is { } element)
        {
            return int.TryParse(segments[0], out var index) && index >= 0 && Binds(element, segments[1..]);
        }

        var property = type.GetProperty(segments[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        // The binder fills get-only collections and objects in place, but needs a setter for a leaf.
        return property is not null && (property.CanWrite || !IsLeaf(property.PropertyType)) && Binds(property.PropertyType, segments[1..]);
    }

    /// <summary>A value read from one string (string, number, enum, Uri, TimeSpan…), as the binder decides.</summary>
    private static bool IsLeaf(Type type) =>
        TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).CanConvertFrom(typeof(string));

    private static Type? ElementType(Type type) =>
        type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
}
