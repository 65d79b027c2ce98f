using Microsoft.Extensions.Time.Testing;
using System.Net.Http.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Tests.Infrastructure;
using ConventionBot.Tests.Scheduling;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Span = System.Diagnostics.Activity;
using TraceId = System.Diagnostics.ActivityTraceId;

namespace ConventionBot.Tests.Diagnostics;

/// <summary>
/// The real app (dispatcher running, <see cref="BroadcastRenderer"/> registered) on a manual clock, its telemetry
/// captured in memory, and a fake connector receiving what it sends.
/// </summary>
internal sealed class TelemetryApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly BotAppFactory _root;
    private readonly WebApplicationFactory<Program> _app;

    private TelemetryApp(FakeConnector connector, BotAppFactory root, Action<IServiceCollection>? configure)
    {
        (Connector, _root) = (connector, root);
        _app = root.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<INotificationRenderer, BroadcastRenderer>();
            Telemetry.AddTo(services);
            configure?.Invoke(services);
        }));
        Client = _app.CreateClient();
    }

    public FakeConnector Connector { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public TelemetryCapture Telemetry { get; } = new();
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public IEnumerable<Span> Spans => Telemetry.Spans;

    public static async Task<TelemetryApp> StartAsync(Action<IServiceCollection>? configure = null) =>
        new(await FakeConnector.StartAsync(), new BotAppFactory(), configure);

    /// <summary>Posts <paramref name="activity"/> in the trace <paramref name="traceId"/>, as Azure Bot Service does with a traceparent.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, TraceId traceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: BotJson.Options) };
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01");
        var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    public INotificationScheduler Scheduler() => Services.GetRequiredService<INotificationScheduler>();

    /// <summary>Remembers conversations as if each had written to the bot, without sending anything.</summary>
    public async Task RememberAsync(params string[] conversationIds)
    {
        var references = Services.GetRequiredService<ConversationReferenceStore>();
        foreach (var id in conversationIds)
        {
            await references.RememberAsync(Activities.Message(Connector.ServiceUrl, "aide", conversationId: id), CancellationToken.None);
        }
    }

    /// <summary>Runs dispatch passes until nothing is due or held, so every due send is over and marked.</summary>
    public async Task WaitUntilIdleAsync()
    {
        var dispatcher = Services.GetRequiredService<NotificationDispatcher>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await dispatcher.DispatchDueAsync(timeout.Token) is { } summary && (summary.Due > 0 || summary.NextDueAt is not null))
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await _root.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
