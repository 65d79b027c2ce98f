using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConventionBot.BotFramework.Tests.Connector;

/// <summary>A real Kestrel server on 127.0.0.1:0 that records every request and plays scripted responses in order.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ScriptedResponse _fallback;

    private LoopbackServer(WebApplication app, ScriptedResponse fallback)
    {
        _app = app;
        _fallback = fallback;
        BaseUrl = string.Empty;
    }

    /// <summary>Scheme, loopback address and port, without a trailing slash.</summary>
    public string BaseUrl { get; private set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<LoopbackServer> StartAsync(ScriptedResponse? fallback = null, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var server = new LoopbackServer(builder.Build(), fallback ?? ScriptedResponse.Json(200, """{"id":"activity-1"}"""));
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var addresses = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.BaseUrl = addresses.Addresses.Single().TrimEnd('/');
        return server;
    }

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            Stopwatch.GetTimestamp()));

        var response = _script.TryDequeue(out var scripted) ? scripted : _fallback;
        if (response.Delay > TimeSpan.Zero && !await DelayUnlessAbortedAsync(response.Delay, context.RequestAborted))
        {
            return;
        }

        if (response.Status == ScriptedResponse.AbortStatus)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    private static async Task<bool> DelayUnlessAbortedAsync(TimeSpan delay, CancellationToken aborted)
    {
        try
        {
            await Task.Delay(delay, aborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            // The client gave up (its attempt timed out): nobody is left to answer.
            return false;
        }
    }
}
