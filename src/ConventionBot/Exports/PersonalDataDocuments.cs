using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Calendar;
using ConventionBot.Privacy.Contract;

namespace ConventionBot.Exports;

/// <summary>
/// Everything stored about a person (<c>mes données</c>), as JSON (each row whole, typed values) and as CSV for French
/// Excel (one line per stored value, written as <see cref="BilanCsvDocument"/> writes).
/// </summary>
internal static class PersonalDataDocuments
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Json(PersonalData data, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(data);
        var document = new JsonObject
        {
            ["generatedAt"] = at.ToString("O", CultureInfo.InvariantCulture),
            ["person"] = new JsonObject
            {
                ["aadObjectId"] = data.Person.AadObjectId,
                ["identifiers"] = new JsonArray([.. data.Person.Ids.Order(StringComparer.Ordinal).Select(id => JsonValue.Create(id))]),
                ["names"] = new JsonArray([.. data.Person.Names.Order(StringComparer.Ordinal).Select(name => JsonValue.Create(name))]),
            },
            ["rows"] = new JsonArray([.. data.Rows.Select(row => new JsonObject
            {
                ["table"] = row.Table,
                ["partitionKey"] = row.PartitionKey,
                ["rowKey"] = row.RowKey,
                ["mentions"] = new JsonArray([.. row.Mentions.Select(m => JsonValue.Create(m))]),
                ["properties"] = new JsonObject(row.Properties.Select(p => KeyValuePair.Create(p.Key, Value(p.Value)))),
            })]),
        };
        return Encoding.UTF8.GetBytes(document.ToJsonString(Indented));
    }

    public static byte[] Csv(PersonalData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var csv = new StringBuilder();
        BilanCsvDocument.Row(csv, ["Table", "Partition", "Ligne", "Propriété", "Valeur", "Vous concerne"]);
        foreach (var row in data.Rows)
        {
            foreach (var (name, value) in row.Properties)
            {
                BilanCsvDocument.Row(csv, [
                    row.Table, BilanCsvDocument.Text(row.PartitionKey), BilanCsvDocument.Text(row.RowKey), name,
                    BilanCsvDocument.Text(Text(value)), row.Mentions.Contains(name) ? "oui" : "",
                ]);
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => JsonValue.Create(JsonSerializer.SerializeToElement(value)),
    };

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTimeOffset at => DateText.Numeric(at),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
