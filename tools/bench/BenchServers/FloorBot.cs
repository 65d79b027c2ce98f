using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ConventionBot.Bench;

/// <summary>
/// The floor of the bench: a bot reduced to its I/O. It parses the activity, posts one reply carrying the
/// given card to the activity's serviceUrl, and answers 200. No authentication, routing, storage or logging.
/// </summary>
internal static class FloorBot
{
    private static readonly HttpClient Connector = new(new SocketsHttpHandler());
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static void MapFloorBot(this WebApplication app, byte[] card) =>
        app.MapPost("/api/messages", (HttpContext context) => HandleAsync(context, card));

    private static async Task HandleAsync(HttpContext context, byte[] card)
    {
        using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        var root = activity.RootElement;
        var serviceUrl = root.GetProperty("serviceUrl").GetString()!.TrimEnd('/');
        var conversationId = root.GetProperty("conversation").GetProperty("id").GetString()!;
        var activityId = root.GetProperty("id").GetString()!;
        var uri = $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";

        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(Reply(root, card)) };
        request.Content.Headers.ContentType = Json;
        using var response = await Connector.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The reply a bot sends: addressed back to the sender, in the same conversation, with the card.</summary>
    private static byte[] Reply(JsonElement incoming, byte[] card)
    {
        var buffer = new ArrayBufferWriter<byte>(card.Length + 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("serviceUrl", incoming.GetProperty("serviceUrl").GetString());
            json.WriteString("channelId", incoming.GetProperty("channelId").GetString());
            json.WriteString("replyToId", incoming.GetProperty("id").GetString());
            json.WriteString("locale", incoming.GetProperty("locale").GetString());
            json.WritePropertyName("from");
            incoming.GetProperty("recipient").WriteTo(json);
            json.WritePropertyName("recipient");
            incoming.GetProperty("from").WriteTo(json);
            json.WritePropertyName("conversation");
            incoming.GetProperty("conversation").WriteTo(json);
            json.WriteStartArray("attachments");
            json.WriteStartObject();
            json.WriteString("contentType", "application/vnd.microsoft.card.adaptive");
            json.WritePropertyName("content");
            json.WriteRawValue(card, skipInputValidation: true);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
