using System.Buffers;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace ConventionBot.BotFramework.Builder;

/// <summary>Reads the activity of a <c>POST /api/messages</c>, refusing what is not one before any authentication work.</summary>
internal static class ActivityReader
{
    /// <returns>The activity, or null with the status to answer (405, 413 or 400).</returns>
    public static async Task<(Activity? Activity, int Status)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, StatusCodes.Status405MethodNotAllowed);
        }
        if (request.ContentLength > maxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = await ReadUpToAsync(request.Body, buffer, maxBytes + 1, cancellationToken).ConfigureAwait(false);
            if (length > maxBytes)
            {
                return (null, StatusCodes.Status413PayloadTooLarge);
            }
            var activity = Parse(buffer.AsSpan(0, length));
            return activity is { Type.Length: > 0 } ? (activity, StatusCodes.Status200OK) : (null, StatusCodes.Status400BadRequest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Activity? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null; // Not an activity: answered 400, nothing else to do with it.
        }
    }

    private static async Task<int> ReadUpToAsync(Stream body, byte[] buffer, int limit, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < limit && (read = await body.ReadAsync(buffer.AsMemory(total, limit - total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }
        return total;
    }
}
