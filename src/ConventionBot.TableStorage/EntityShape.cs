using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

namespace ConventionBot.TableStorage;

/// <summary>The mapped properties of a strongly typed entity class, found by reflection once per type.</summary>
internal sealed class EntityShape
{
    private static readonly ConcurrentDictionary<Type, EntityShape> Cache = new();

    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal)
    {
        nameof(ITableEntity.PartitionKey), nameof(ITableEntity.RowKey), nameof(ITableEntity.Timestamp), nameof(ITableEntity.ETag),
    };

    private EntityShape(Type type)
    {
        Properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Where(p => !SystemProperties.Contains(p.Name) && !p.IsDefined(typeof(IgnoreDataMemberAttribute)))
            .Select(p => EntityValueConverter.IsSupported(p.PropertyType) ? p : throw Unsupported(type, p))
            .ToArray();
    }

    /// <summary>Public read/write properties, except the system ones and those marked <see cref="IgnoreDataMemberAttribute"/>.</summary>
    public IReadOnlyList<PropertyInfo> Properties { get; }

    public static EntityShape For(Type type) => Cache.GetOrAdd(type, static t => new EntityShape(t));

    private static NotSupportedException Unsupported(Type type, PropertyInfo property) => new(
        $"Property '{type.Name}.{property.Name}' has type {property.PropertyType.Name}, which Table Storage cannot store. "
        + "Use string, bool, int, long, double, DateTimeOffset, DateTime, Guid, byte[], BinaryData, an enum "
        + "(or their nullable forms), or mark the property [IgnoreDataMember].");
}
