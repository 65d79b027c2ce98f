using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConventionBot.Benchmarks;

/// <summary>
/// A loopback Bot Connector that enforces Teams' limits as they are documented: per conversation 7 per second and
/// 60 per 30 s, and 50 requests per second for the app, counted when requests arrive. Beyond them it answers 429
/// with <c>Retry-After: 1</c> (refused requests do not count). Accepted sends answer after <c>latency</c>, like Teams.
/// </summary>
internal sealed class TeamsLimitedConnector : IAsyncDisposable
{
    private static readonly (int, TimeSpan)[] ConversationRules = [(7, TimeSpan.FromSeconds(1)), (60, TimeSpan.FromSeconds(30))];
    private static readonly (int, TimeSpan)[] AppRules = [(50, TimeSpan.FromSeconds(1))];

    private readonly WebApplication _app;
    private readonly TimeSpan _latency;
    private readonly Lock _gate = new();
    private readonly SlidingWindow _appWindow = new();
    private readonly Dictionary<string, SlidingWindow> _conversationWindows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(TimeSpan At, bool Accepted)> _arrivals = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private TeamsLimitedConnector(WebApplication app, TimeSpan latency) => (_app, _latency) = (app, latency);

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Accepted sends per conversation.</summary>
    public IReadOnlyDictionary<string, int> Delivered => _delivered;

    /// <summary>The first and last accepted sends and the refused ones since <paramref name="start"/> (this connector's clock).</summary>
    public (TimeSpan First, TimeSpan Last, int Refused) Since(TimeSpan start)
    {
        var arrivals = _arrivals.Where(a => a.At >= start).ToList();
        var accepted = arrivals.Where(a => a.Accepted).Select(a => a.At).ToList();
        return (accepted.Min() - start, accepted.Max() - start, arrivals.Count(a => !a.Accepted));
    }

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Accepted and refused requests per second since <paramref name="start"/>: where the time went.</summary>
    public void PrintPerSecond(TimeSpan start, TextWriter output)
    {
        foreach (var second in _arrivals.Where(a => a.At >= start).GroupBy(a => (int)(a.At - start).TotalSeconds).OrderBy(g => g.Key))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {second.Key,3} s: {second.Count(a => a.Accepted),3} accepted, {second.Count(a => !a.Accepted),3} refused (429)"));
        }
    }

    public static async Task<TeamsLimitedConnector> StartAsync(TimeSpan latency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new TeamsLimitedConnector(builder.Build(), latency);
        connector._app.MapPost("/_connector/v3/conversations/{conversationId}/activities", connector.SendAsync);
        await connector._app.StartAsync().ConfigureAwait(false);
        connector.ServiceUrl = connector._app.Urls.Single() + "/_connector";
        return connector;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> SendAsync(string conversationId, HttpResponse response)
    {
        var now = _clock.Elapsed;
        if (!TryAccept(conversationId, now))
        {
            _arrivals.Add((now, false));
            response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "Throttled", message = "Too many requests." } }, statusCode: 429);
        }
        _arrivals.Add((now, true));
        var count = _delivered.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        await Task.Delay(_latency).ConfigureAwait(false);
        return Results.Json(new { id = $"{conversationId}-{count.ToString(CultureInfo.InvariantCulture)}" });
    }

    private bool TryAccept(string conversationId, TimeSpan now)
    {
        lock (_gate)
        {
            if (!_conversationWindows.TryGetValue(conversationId, out var conversation))
            {
                _conversationWindows[conversationId] = conversation = new SlidingWindow();
            }
            if (!_appWindow.HasRoom(now, AppRules) || !conversation.HasRoom(now, ConversationRules))
            {
                return false;
            }
            _appWindow.Record(now);
            conversation.Record(now);
            return true;
        }
    }
}
