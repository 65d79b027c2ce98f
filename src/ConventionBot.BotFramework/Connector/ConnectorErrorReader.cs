using System.Text.Json;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Turns an error response (<c>{"error":{"code","message"}}</c>) into an <see cref="ErrorResponseException"/>.</summary>
internal static class ConnectorErrorReader
{
    public static async Task<ErrorResponseException> ReadAsync(
        string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var error = TryParse(body);
        return new ErrorResponseException(operation, response.StatusCode, error?.Code, error?.Message);
    }

    private static ErrorDetail? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ErrorBody>(body, BotJson.Options)?.Error;
        }
        catch (JsonException)
        {
            // Gateways and proxies answer HTML or plain text; the status code still tells the story.
            return null;
        }
    }

    private sealed record ErrorBody(ErrorDetail? Error);

    private sealed record ErrorDetail(string? Code, string? Message);
}
