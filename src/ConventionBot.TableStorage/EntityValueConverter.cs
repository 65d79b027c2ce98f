namespace ConventionBot.TableStorage;

/// <summary>Converts the values read from the service (Edm types) to the CLR types of entity properties.</summary>
internal static class EntityValueConverter
{
    private static readonly HashSet<Type> SupportedTypes =
    [
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(DateTimeOffset),
        typeof(DateTime), typeof(Guid), typeof(byte[]), typeof(BinaryData),
    ];

    public static bool IsSupported(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return SupportedTypes.Contains(underlying) || underlying.IsEnum;
    }

    /// <summary>Stored values are UTC; an unspecified kind is taken as UTC too, so round-trips never shift by the server's offset.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    public static object ConvertTo(object value, Type targetType, string propertyName)
    {
        var target = Nullable.GetUnderlyingType(targetType) ?? targetType;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        return value switch
        {
            string s when target.IsEnum => Enum.Parse(target, s),
            string s when target == typeof(Guid) => Guid.Parse(s),
            int i when target == typeof(long) => (long)i,
            int i when target == typeof(double) => (double)i,
            long l when target == typeof(double) => (double)l,
            DateTimeOffset d when target == typeof(DateTime) => d.UtcDateTime,
            DateTime d when target == typeof(DateTimeOffset) => new DateTimeOffset(ToUtc(d)),
            byte[] b when target == typeof(BinaryData) => new BinaryData(b),
            BinaryData b when target == typeof(byte[]) => b.ToArray(),
            _ => throw new InvalidOperationException(
                $"Property '{propertyName}' holds a {value.GetType().Name} value, which cannot be read as {target.Name}."),
        };
    }
}
