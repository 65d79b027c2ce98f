using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ConventionBot.TableStorage;

/// <summary>Writes entity properties as OData JSON, annotating every type JSON cannot carry unambiguously.</summary>
internal static class EntityJsonWriter
{
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Expects properties already checked by <see cref="EntityValidator"/>.</summary>
    public static byte[] Write(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                WriteProperty(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string FormatDateTime(DateTime value) =>
        EntityValueConverter.ToUtc(value).ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    private static void WriteProperty(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string s:
                writer.WriteString(name, s);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case long l:
                // Int64 travels as a string: a JSON number with the annotation is rejected (400 InvalidInput).
                Annotated(writer, name, "Edm.Int64").WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                // Always annotated: 2.0 is written as "2", which the service would otherwise read as Int32.
                WriteDouble(Annotated(writer, name, "Edm.Double"), name, d);
                break;
            case DateTimeOffset dto:
                Annotated(writer, name, "Edm.DateTime").WriteString(name, FormatDateTime(dto.UtcDateTime));
                break;
            case DateTime dt:
                Annotated(writer, name, "Edm.DateTime").WriteString(name, FormatDateTime(dt));
                break;
            case Guid g:
                Annotated(writer, name, "Edm.Guid").WriteString(name, g.ToString("D"));
                break;
            case byte[] bytes:
                Annotated(writer, name, "Edm.Binary").WriteBase64String(name, bytes);
                break;
            case BinaryData data:
                Annotated(writer, name, "Edm.Binary").WriteBase64String(name, data.ToMemory().Span);
                break;
            case Enum e:
                writer.WriteString(name, e.ToString());
                break;
            default:
                throw new NotSupportedException($"Property '{name}' has unsupported type {value.GetType().Name}.");
        }
    }

    private static Utf8JsonWriter Annotated(Utf8JsonWriter writer, string name, string edmType)
    {
        writer.WriteString(name + "@odata.type", edmType);
        return writer;
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
