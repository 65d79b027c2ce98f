using System.Buffers;
using System.IO.Pipelines;

namespace ConventionBot.Bench;

/// <summary>
/// Plays the Bot Connector as fast as it can: answers 200 <c>{"id":"…"}</c> to every
/// <c>POST /v3/conversations/{id}/activities[/{activityId}]</c> and counts them, so the bench can check
/// that each system sent one reply per request. <c>GET /stats</c> reads the counters, <c>POST /reset</c>
/// zeroes them; <c>GET /first</c> returns the first reply body since the last reset.
/// </summary>
internal static class LoopbackConnector
{
    private static readonly byte[] Answer = """{"id":"1"}"""u8.ToArray();
    private static long _replies;
    private static long _bytes;
    private static byte[]? _first;

    public static void MapLoopbackConnector(this WebApplication app)
    {
        app.MapGet("/stats", () => Results.Json(new Dictionary<string, long>
        {
            ["replies"] = Interlocked.Read(ref _replies),
            ["bytes"] = Interlocked.Read(ref _bytes),
        }));
        app.MapPost("/reset", () =>
        {
            Interlocked.Exchange(ref _replies, 0);
            Interlocked.Exchange(ref _bytes, 0);
            Interlocked.Exchange(ref _first, null);
            return Results.Ok();
        });
        app.MapGet("/first", () => _first is { } first ? Results.Bytes(first, "application/json") : Results.NotFound());
        app.MapPost("/v3/conversations/{conversationId}/activities", ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", ReceiveAsync);
    }

    private static async Task ReceiveAsync(HttpContext context)
    {
        var length = await CountBodyAsync(context.Request.BodyReader, context.RequestAborted).ConfigureAwait(false);
        Interlocked.Increment(ref _replies);
        Interlocked.Add(ref _bytes, length);
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(Answer, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Reads the whole body, keeping a copy of the first one since the last reset.</summary>
    private static async Task<long> CountBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCompleted)
            {
                var length = result.Buffer.Length;
                if (_first is null)
                {
                    Interlocked.CompareExchange(ref _first, result.Buffer.ToArray(), null);
                }
                reader.AdvanceTo(result.Buffer.End);
                return length;
            }
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }
}
