using System.Diagnostics;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Diagnostics;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Activity = System.Diagnostics.Activity;

namespace ConventionBot.BotFramework.Tests.Connector;

[Collection(TelemetryRunsAlone.Name)]
public sealed class ConnectorTelemetryTests : IAsyncLifetime
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private LoopbackServer _server = null!;
    private ServiceProvider _provider = null!;
    private TracerProvider _tracing = null!;
    private MeterProvider _metering = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _provider = ConnectorTestHost.Create(tokens: new CountingTokenProvider());
        _tracing = Sdk.CreateTracerProviderBuilder().AddSource(BotFrameworkTelemetry.Name).AddInMemoryExporter(_spans).Build();
        _metering = Sdk.CreateMeterProviderBuilder().AddMeter(BotFrameworkTelemetry.Name).AddInMemoryExporter(_metrics).Build();
    }

    public async Task DisposeAsync()
    {
        _tracing.Dispose();
        _metering.Dispose();
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledThenSent_OneSpanTwoRequestsCounted()
    {
        _server.Enqueue(ScriptedResponse.Error(429, "Throttled").WithHeader("Retry-After", "0"));

        await SendAsync();

        var span = Assert.Single(_spans);
        Assert.Equal("ConnectorClient.SendToConversation", span.OperationName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("sent", span.GetTagItem(BotFrameworkTelemetry.SendOutcomeTag));
        Assert.Equal(2, span.GetTagItem(BotFrameworkTelemetry.AttemptsTag));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal("127.0.0.1", span.GetTagItem("server.address"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal(new Dictionary<string, long> { ["sent"] = 1, ["throttled"] = 1 }, Sends());
    }

    [Fact]
    public async Task SendToConversationAsync_UnavailableEveryTime_RetriedThenFailedWithErrorSpan()
    {
        _server.Enqueue([.. Enumerable.Repeat(ScriptedResponse.Error(503, "Unavailable"), 4)]);

        await Assert.ThrowsAsync<ErrorResponseException>(SendAsync);

        var span = Assert.Single(_spans);
        Assert.Equal("failed", span.GetTagItem(BotFrameworkTelemetry.SendOutcomeTag));
        Assert.Equal("503", span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(new Dictionary<string, long> { ["failed"] = 1, ["retried"] = 3 }, Sends());
    }

    [Fact]
    public async Task SendToConversationAsync_ConversationGone_CountedGoneNotAnError()
    {
        _server.Enqueue(ScriptedResponse.Error(403, "ConversationBlockedByUser"));

        await Assert.ThrowsAsync<ErrorResponseException>(SendAsync);

        var span = Assert.Single(_spans);
        Assert.Equal("gone", span.GetTagItem(BotFrameworkTelemetry.SendOutcomeTag));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal(new Dictionary<string, long> { ["gone"] = 1 }, Sends());
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlNotAllowed_FailedWithExceptionType()
    {
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            _provider.Connector().SendToConversationAsync("https://evil.example.com/", "a:1", MessageFactory.Text("Bonjour")));

        var span = Assert.Single(_spans);
        Assert.Equal(typeof(ServiceUrlNotAllowedException).FullName, span.GetTagItem("error.type"));
        Assert.Equal(new Dictionary<string, long> { ["failed"] = 1 }, Sends());
    }

    private Task<ResourceResponse> SendAsync() =>
        _provider.Connector().SendToConversationAsync(_server.BaseUrl + "/_connector", "a:1", MessageFactory.Text("Bonjour"));

    /// <summary>The requests counted by <c>bot.connector.sends</c>, by outcome.</summary>
    private Dictionary<string, long> Sends()
    {
        _metering.ForceFlush();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var point in _metrics.Where(m => m.Name == "bot.connector.sends").SelectMany(m => m.MetricPoints))
        {
            var outcome = "";
            foreach (var tag in point.Tags)
            {
                outcome = tag.Key == BotFrameworkTelemetry.SendOutcomeTag ? (string)tag.Value! : outcome;
            }
            counts[outcome] = counts.GetValueOrDefault(outcome) + point.GetSumLong();
        }
        return counts;
    }
}
