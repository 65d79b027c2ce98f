using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace ConventionBot.TableStorage;

/// <summary>
/// A dynamic entity: a property bag with typed getters (mirrors <c>Azure.Data.Tables.TableEntity</c>).
/// Values are <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="DateTimeOffset"/> (also accepts <see cref="DateTime"/>), <see cref="Guid"/>, <see cref="byte"/>[]
/// (also accepts <see cref="BinaryData"/>) or enums (stored as their name). Null values are not sent.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Mirrors Azure.Data.Tables so it can be swapped in.")]
public sealed class TableEntity : ITableEntity, IDictionary<string, object?>
{
    internal const string ETagKey = "odata.etag";
    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);

    /// <summary>Creates an empty entity.</summary>
    public TableEntity()
        : this(string.Empty, string.Empty)
    {
    }

    /// <summary>Creates an entity with its keys.</summary>
    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>Creates an entity from existing properties (including <c>PartitionKey</c> and <c>RowKey</c>).</summary>
    public TableEntity(IDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            _properties[key] = value;
        }
    }

    /// <inheritdoc />
    public string PartitionKey
    {
        get => GetString(nameof(PartitionKey)) ?? string.Empty;
        set => _properties[nameof(PartitionKey)] = value;
    }

    /// <inheritdoc />
    public string RowKey
    {
        get => GetString(nameof(RowKey)) ?? string.Empty;
        set => _properties[nameof(RowKey)] = value;
    }

    /// <inheritdoc />
    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(nameof(Timestamp));
        set => _properties[nameof(Timestamp)] = value;
    }

    /// <inheritdoc />
    public ETag ETag
    {
        get => GetString(ETagKey) is { } etag ? new ETag(etag) : default;
        set => _properties[ETagKey] = value == default ? null : value.ToString();
    }

    /// <inheritdoc />
    public int Count => _properties.Count;

    /// <inheritdoc />
    public ICollection<string> Keys => _properties.Keys;

    /// <inheritdoc />
    public ICollection<object?> Values => _properties.Values;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public object? this[string key]
    {
        get => _properties[key];
        set => _properties[key] = value;
    }

    /// <summary>Gets a string property, or null when absent.</summary>
    public string? GetString(string key) => (string?)Get(key, typeof(string));

    /// <summary>Gets a boolean property, or null when absent.</summary>
    public bool? GetBoolean(string key) => (bool?)Get(key, typeof(bool));

    /// <summary>Gets an Int32 property, or null when absent.</summary>
    public int? GetInt32(string key) => (int?)Get(key, typeof(int));

    /// <summary>Gets an Int64 property (Int32 values widen), or null when absent.</summary>
    public long? GetInt64(string key) => (long?)Get(key, typeof(long));

    /// <summary>Gets a Double property (integer values widen), or null when absent.</summary>
    public double? GetDouble(string key) => (double?)Get(key, typeof(double));

    /// <summary>Gets a Guid property, or null when absent.</summary>
    public Guid? GetGuid(string key) => (Guid?)Get(key, typeof(Guid));

    /// <summary>Gets a DateTime property as a <see cref="DateTimeOffset"/>, or null when absent.</summary>
    public DateTimeOffset? GetDateTimeOffset(string key) => (DateTimeOffset?)Get(key, typeof(DateTimeOffset));

    /// <summary>Gets a DateTime property as a UTC <see cref="DateTime"/>, or null when absent.</summary>
    public DateTime? GetDateTime(string key) => (DateTime?)Get(key, typeof(DateTime));

    /// <summary>Gets a Binary property, or null when absent.</summary>
    public byte[]? GetBinary(string key) => (byte[]?)Get(key, typeof(byte[]));

    /// <summary>Gets a Binary property as <see cref="BinaryData"/>, or null when absent.</summary>
    public BinaryData? GetBinaryData(string key) => (BinaryData?)Get(key, typeof(BinaryData));

    /// <inheritdoc />
    public void Add(string key, object? value) => _properties.Add(key, value);

    /// <inheritdoc />
    public void Add(KeyValuePair<string, object?> item) => _properties.Add(item.Key, item.Value);

    /// <inheritdoc />
    public void Clear() => _properties.Clear();

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    /// <inheritdoc />
    public bool Remove(string key) => _properties.Remove(key);

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value) => _properties.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private object? Get(string key, Type type) =>
        _properties.TryGetValue(key, out var value) && value is not null ? EntityValueConverter.ConvertTo(value, type, key) : null;
}
