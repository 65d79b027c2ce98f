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
/// it records what the bot sends and answers like Teams does. Tests may script failures per conversation
/// (<see cref="Fail"/>) and hold sends back (<see cref="HoldSendsAfter"/>); without a script every call gets 200.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<ConnectorCall> _failures = new();
    private readonly ConcurrentDictionary<string, ScriptedFailure> _scripts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly SemaphoreSlim _heldArrived = new(0);
    private readonly SemaphoreSlim _heldAbandoned = new(0);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holdAfter = int.MaxValue;
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put in activities: no trailing slash, with a path, as the playground does.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>The calls answered 200, in arrival order.</summary>
    public IReadOnlyCollection<ConnectorCall> Calls => _calls;

    /// <summary>The calls answered with a scripted failure (<see cref="Fail"/>); never in <see cref="Calls"/>.</summary>
    public IReadOnlyCollection<ConnectorCall> Failures => _failures;

    /// <summary>
    /// Answers the next <paramref name="times"/> calls to <paramref name="conversationId"/> with <paramref name="statusCode"/>
    /// and a Teams error body (and <c>Retry-After</c> when given), e.g. 403 for a blocked bot, 429 for throttling.
    /// </summary>
    public void Fail(string conversationId, int statusCode, int times = int.MaxValue, TimeSpan? retryAfter = null, string errorCode = "ServiceError") =>
        _scripts[conversationId] = new ScriptedFailure(statusCode, times, retryAfter, errorCode);

    /// <summary>
    /// Once <paramref name="accepted"/> sends are recorded, later sends wait at the door, unrecorded, until
    /// <see cref="ReleaseHeld"/>; a send the bot abandons meanwhile (cancelled, app stopped) is never recorded.
    /// </summary>
    public void HoldSendsAfter(int accepted) => Volatile.Write(ref _holdAfter, accepted);

    /// <summary>Lets held sends (and every later one) through.</summary>
    public void ReleaseHeld()
    {
        Volatile.Write(ref _holdAfter, int.MaxValue);
        _release.TrySetResult();
    }

    /// <summary>Waits until <paramref name="count"/> sends are being held in all.</summary>
    public async Task WaitForHeldAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        for (var i = 0; i < count; i++)
        {
            await _heldArrived.WaitAsync(cts.Token);
        }
    }

    /// <summary>
    /// Waits until <paramref name="count"/> held sends were abandoned by the bot: the abort travels over the socket
    /// after the bot stops, so a test that releases held sends waits for this first.
    /// </summary>
    public async Task WaitForAbandonedAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        for (var i = 0; i < count; i++)
        {
            await _heldAbandoned.WaitAsync(cts.Token);
        }
    }

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
        _release.TrySetResult();
        await _app.DisposeAsync();
        _arrived.Dispose();
        _heldArrived.Dispose();
        _heldAbandoned.Dispose();
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
        var call = new ConnectorCall(kind, conversationId, activityId, activity, request.Headers.Authorization.ToString());
        if (_scripts.TryGetValue(conversationId, out var script) && script.TryTake())
        {
            _failures.Enqueue(call);
            return script.ToResult(request.HttpContext.Response);
        }
        if (kind == "send" && _calls.Count(c => c.Kind == "send") >= Volatile.Read(ref _holdAfter))
        {
            _heldArrived.Release();
            try
            {
                await _release.Task.WaitAsync(request.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The bot gave up on this send before Teams took it: nothing was delivered.
                _heldAbandoned.Release();
                return Results.Empty;
            }
        }
        var id = activityId ?? $"sent-{Interlocked.Increment(ref _nextId)}";
        _calls.Enqueue(call);
        _arrived.Release();
        return Results.Json(new { id });
    }

    private sealed class ScriptedFailure(int statusCode, int times, TimeSpan? retryAfter, string errorCode)
    {
        private int _remaining = times;

        public bool TryTake() => Interlocked.Decrement(ref _remaining) >= 0;

        public IResult ToResult(HttpResponse response)
        {
            if (retryAfter is { } wait)
            {
                response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return Results.Json(new { error = new { code = errorCode, message = "Scripted by the test." } }, statusCode: statusCode);
        }
    }
}

/// <summary>One call the bot made to the connector.</summary>
public sealed record ConnectorCall(string Kind, string ConversationId, string? ActivityId, Activity Activity, string Authorization);
