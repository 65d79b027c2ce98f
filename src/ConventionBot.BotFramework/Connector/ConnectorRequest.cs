using System.Text.Json;
using ConventionBot.BotFramework.Schema;

namespace ConventionBot.BotFramework.Connector;

/// <summary>One Connector REST call; the body is serialized once and replayed on each attempt.</summary>
/// <param name="ConversationId">The rate-limit partition; null for calls not bound to a conversation.</param>
internal sealed record ConnectorRequest(
    string Operation,
    HttpMethod Method,
    string ServiceUrl,
    string? ConversationId,
    string RelativePath,
    byte[]? Body)
{
    public static ConnectorRequest Create<T>(
        string operation, HttpMethod method, string serviceUrl, string? conversationId, string relativePath, T? body)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        var bytes = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options);
        return new ConnectorRequest(operation, method, serviceUrl, conversationId, relativePath, bytes);
    }
}
