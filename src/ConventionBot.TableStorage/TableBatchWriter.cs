using System.Text;

namespace ConventionBot.TableStorage;

/// <summary>Writes an entity group transaction: a multipart/mixed batch holding one change set of HTTP requests.</summary>
internal static class TableBatchWriter
{
    public const int MaxPayloadBytes = 4 * 1024 * 1024;
    private const string NewLine = "\r\n";

    /// <returns>The body and its Content-Type (with the batch boundary).</returns>
    public static (byte[] Body, string ContentType) Write(string baseAddress, IEnumerable<EntityRequest> requests)
    {
        var batch = $"batch_{Guid.NewGuid()}";
        var changeSet = $"changeset_{Guid.NewGuid()}";
        var text = new StringBuilder()
            .Append("--").Append(batch).Append(NewLine)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeSet).Append(NewLine)
            .Append(NewLine);
        foreach (var request in requests)
        {
            text.Append("--").Append(changeSet).Append(NewLine);
            AppendRequest(text, baseAddress, request);
        }

        text.Append("--").Append(changeSet).Append("--").Append(NewLine)
            .Append("--").Append(batch).Append("--").Append(NewLine);
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return body.Length <= MaxPayloadBytes
            ? (body, $"multipart/mixed; boundary={batch}")
            : throw new ArgumentException($"The transaction is {body.Length} bytes; the limit is {MaxPayloadBytes} (4 MiB).");
    }

    private static void AppendRequest(StringBuilder text, string baseAddress, EntityRequest request)
    {
        text.Append("Content-Type: application/http").Append(NewLine)
            .Append("Content-Transfer-Encoding: binary").Append(NewLine)
            .Append(NewLine)
            .Append(request.Method.Method).Append(' ').Append(baseAddress).Append(request.Path).Append(" HTTP/1.1").Append(NewLine)
            .Append("Accept: ").Append(TableRestClient.JsonAccept).Append(NewLine)
            .Append("DataServiceVersion: 3.0").Append(NewLine);
        if (request.IfMatch is { } ifMatch)
        {
            text.Append("If-Match: ").Append(ifMatch).Append(NewLine);
        }

        if (request.Body is { } body)
        {
            text.Append("Content-Type: application/json").Append(NewLine);
            if (request.Method.Method == "POST")
            {
                text.Append("Prefer: return-no-content").Append(NewLine);
            }

            text.Append(NewLine).Append(Encoding.UTF8.GetString(body));
        }
        else
        {
            text.Append(NewLine);
        }

        text.Append(NewLine);
    }
}
