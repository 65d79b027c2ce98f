using System.Diagnostics;
using System.Net;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _provider = ConnectorTestHost.Create(
            // Short enough for the slow-answer test (5 s), long enough for a cold first request on a loaded machine.
            new Dictionary<string, string?> { ["Connector:AttemptTimeout"] = "00:00:02" },
            new CountingTokenProvider());
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterSeconds_WaitsThatLongThenRetries()
    {
        _server.Enqueue(ScriptedResponse.Error(429, "Throttled").WithHeader("Retry-After", "1"));

        var response = await SendAsync();

        Assert.Equal("activity-1", response.Id);
        var requests = _server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        var waited = Stopwatch.GetElapsedTime(requests[0].ReceivedAt, requests[1].ReceivedAt);
        Assert.True(waited >= TimeSpan.FromMilliseconds(990), $"waited {waited.TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendToConversationAsync_TransientStatusThenSuccess_Retries(int status)
    {
        _server.Enqueue(ScriptedResponse.Error(status, "Transient"));

        var response = await SendAsync();

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, "BotNotRegistered")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task SendToConversationAsync_PermanentError_ThrowsWithoutRetry(int status, string code)
    {
        _server.Enqueue(ScriptedResponse.Error(status, code));

        var exception = await Assert.ThrowsAsync<ErrorResponseException>(SendAsync);

        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal(code, exception.ErrorCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_SlowAnswer_TimesOutAttemptAndRetries()
    {
        _server.Enqueue(ScriptedResponse.Json(200, """{"id":"too-late"}""").After(TimeSpan.FromSeconds(5)));

        var response = await SendAsync();

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectionDropped_RetriesAsHttpRequestException()
    {
        _server.Enqueue(ScriptedResponse.Abort());

        var response = await SendAsync();

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_AlwaysUnavailable_ThrowsAfterBoundedAttempts()
    {
        _server.Enqueue([.. Enumerable.Repeat(ScriptedResponse.Error(503, "ServiceUnavailable"), 10)]);

        var exception = await Assert.ThrowsAsync<ErrorResponseException>(SendAsync);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_429RetryAfterBeyondMaximum_ThrowsWithoutWaiting()
    {
        _server.Enqueue(ScriptedResponse.Error(429, "Throttled").WithHeader("Retry-After", "600"));

        var exception = await Assert.ThrowsAsync<ErrorResponseException>(SendAsync);

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ErrorBodyNotJson_ThrowsWithStatusOnly()
    {
        _server.Enqueue(new ScriptedResponse(400, "<html>Bad Request</html>", new Dictionary<string, string>(), TimeSpan.Zero));

        var exception = await Assert.ThrowsAsync<ErrorResponseException>(SendAsync);

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Null(exception.ErrorCode);
    }

    private Task<ResourceResponse> SendAsync() =>
        _provider.Connector().SendToConversationAsync(_server.BaseUrl + "/_connector", "a:1", MessageFactory.Text("Bonjour"));
}
