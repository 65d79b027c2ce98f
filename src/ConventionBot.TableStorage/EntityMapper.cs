using Azure;

namespace ConventionBot.TableStorage;

/// <summary>Turns entities into property lists for the wire, and property bags read back into entities.</summary>
internal static class EntityMapper
{
    /// <summary>Properties to send: PartitionKey and RowKey first, then custom properties that are not null.</summary>
    public static List<KeyValuePair<string, object?>> ToProperties(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var properties = new List<KeyValuePair<string, object?>>
        {
            new(nameof(ITableEntity.PartitionKey), entity.PartitionKey),
            new(nameof(ITableEntity.RowKey), entity.RowKey),
        };
        if (entity is TableEntity dynamic)
        {
            properties.AddRange(dynamic.Where(p => p.Value is not null && !IsSystemKey(p.Key)));
            return properties;
        }

        foreach (var property in EntityShape.For(entity.GetType()).Properties)
        {
            if (property.GetValue(entity) is { } value)
            {
                properties.Add(new(property.Name, value));
            }
        }

        return properties;
    }

    /// <summary>Builds an entity from the values read by <see cref="EntityJsonReader"/>.</summary>
    public static T FromProperties<T>(IReadOnlyDictionary<string, object?> values, ETag fallbackETag)
        where T : class, ITableEntity, new()
    {
        var entity = new T();
        if (entity is TableEntity dynamic)
        {
            foreach (var (key, value) in values)
            {
                dynamic[key] = value;
            }
        }
        else
        {
            FillTyped(entity, values);
        }

        entity.ETag = values.TryGetValue(TableEntity.ETagKey, out var etag) && etag is string s ? new ETag(s) : fallbackETag;
        return entity;
    }

    private static void FillTyped(ITableEntity entity, IReadOnlyDictionary<string, object?> values)
    {
        if (values.TryGetValue(nameof(ITableEntity.PartitionKey), out var pk) && pk is string partitionKey)
        {
            entity.PartitionKey = partitionKey;
        }

        if (values.TryGetValue(nameof(ITableEntity.RowKey), out var rk) && rk is string rowKey)
        {
            entity.RowKey = rowKey;
        }

        entity.Timestamp = values.TryGetValue(nameof(ITableEntity.Timestamp), out var ts) ? ts as DateTimeOffset? : null;
        foreach (var property in EntityShape.For(entity.GetType()).Properties)
        {
            if (values.TryGetValue(property.Name, out var value) && value is not null)
            {
                property.SetValue(entity, EntityValueConverter.ConvertTo(value, property.PropertyType, property.Name));
            }
        }
    }

    private static bool IsSystemKey(string key) =>
        key is nameof(ITableEntity.PartitionKey) or nameof(ITableEntity.RowKey) or nameof(ITableEntity.Timestamp)
        || key.StartsWith("odata.", StringComparison.Ordinal);
}
