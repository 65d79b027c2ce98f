using System.Collections.Concurrent;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConventionBot.Tests.Infrastructure;

/// <summary>
/// A real loopback HTTP server playing the Bot Connector (like the Agents Playground's <c>/_connector</c>):
/// it records what the bot sends and answers like Teams does.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put in activities: no trailing slash, with a path, as the playground does.</summary>
    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyCollection<ConnectorCall> Calls => _calls;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeConnector(builder.Build());
        connector.MapRoutes();
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Urls.Single() + "/_connector";
        return connector;
    }

    /// <summary>Waits until <paramref name="count"/> calls arrived in all; fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (_calls.Count < count)
        {
            await _arrived.WaitAsync(cts.Token);
        }
        return _calls.ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private void MapRoutes()
    {
        _app.MapPost("/_connector/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request) =>
            RecordAsync("send", conversationId, null, request));
        _app.MapPost("/_connector/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) =>
            RecordAsync("reply", conversationId, activityId, request));
        _app.MapPut("/_connector/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) =>
            RecordAsync("update", conversationId, activityId, request));
    }

    private async Task<IResult> RecordAsync(string kind, string conversationId, string? activityId, HttpRequest request)
    {
        var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options)
            ?? throw new InvalidOperationException("The bot sent an empty body.");
        var id = activityId ?? $"sent-{Interlocked.Increment(ref _nextId)}";
        _calls.Enqueue(new ConnectorCall(kind, conversationId, activityId, activity, request.Headers.Authorization.ToString()));
        _arrived.Release();
        return Results.Json(new { id });
    }
}

/// <summary>One call the bot made to the connector.</summary>
public sealed record ConnectorCall(string Kind, string ConversationId, string? ActivityId, Activity Activity, string Authorization);
