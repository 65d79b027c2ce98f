using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>
/// Fills <see cref="RequestFailedException.ErrorCode"/>: the <c>x-ms-error-code</c> header first, then the body,
/// which is OData JSON (<c>odata.error</c>) or, for some errors such as 403, XML (<c>Error/Code</c>).
/// </summary>
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static TableErrorParser Instance { get; } = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var (bodyCode, message) = ReadBody(response);
        var code = response.Headers.TryGetValue("x-ms-error-code", out var header) && !string.IsNullOrEmpty(header) ? header : bodyCode;
        error = code is null && message is null ? null : new ResponseError(code, message ?? string.Empty);
        return error is not null;
    }

    /// <summary>The service's error message, e.g. <c>"1:The specified entity already exists."</c> in a transaction.</summary>
    public static string? ReadMessage(Response response) => ReadBody(response).Message;

    private static (string? Code, string? Message) ReadBody(Response response)
    {
        if (response.ContentStream is null)
        {
            return (null, null);
        }

        var text = response.Content.ToString().TrimStart();
        try
        {
            return text.StartsWith('{') ? ReadJson(text) : text.StartsWith('<') ? ReadXml(text) : (null, null);
        }
        catch (Exception ex) when (ex is JsonException or XmlException)
        {
            // A garbled error body must not hide the status: the exception still carries it and the raw content.
            return (null, null);
        }
    }

    private static (string? Code, string? Message) ReadJson(string text)
    {
        using var document = JsonDocument.Parse(text);
        if (!document.RootElement.TryGetProperty("odata.error", out var error) && !document.RootElement.TryGetProperty("error", out error))
        {
            return (null, null);
        }

        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = error.TryGetProperty("message", out var m)
            ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
            : null;
        return (code, message);
    }

    private static (string? Code, string? Message) ReadXml(string text)
    {
        var root = XDocument.Parse(text).Root;
        return (root?.Element("Code")?.Value, root?.Element("Message")?.Value);
    }
}
