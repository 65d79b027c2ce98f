using System.Net;
using System.Text.Json;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _provider = ConnectorTestHost.Create(tokens: new CountingTokenProvider());
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ContinueConversationAsync_ConversationAlive_DeliversFromBotToUser()
    {
        var result = await SendAsync();

        Assert.True(result.Delivered);
        Assert.Equal("activity-1", result.ActivityId);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/_connector/v3/conversations/a%3Aconv-1/activities", request.RawTarget);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("28:bot", body.RootElement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:user", body.RootElement.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("a:conv-1", body.RootElement.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("Rappel : bilan à remettre", body.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    public async Task ContinueConversationAsync_ConversationGone_ReportsItWithoutRetry(int status, string code)
    {
        _server.Enqueue(ScriptedResponse.Error(status, code));

        var result = await SendAsync();

        Assert.True(result.ConversationGone);
        Assert.Equal((HttpStatusCode)status, result.StatusCode);
        Assert.Equal(code, result.ErrorCode);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(500)]
    public async Task ContinueConversationAsync_OtherError_Throws(int status)
    {
        _server.Enqueue(ScriptedResponse.Error(status, "Broken"));

        var exception = await Assert.ThrowsAsync<ErrorResponseException>(SendAsync);

        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
    }

    private Task<ProactiveSendResult> SendAsync()
    {
        var reference = new ConversationReference
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            User = new ChannelAccount { Id = "29:user", AadObjectId = "aad-1" },
            Conversation = new ConversationAccount { Id = "a:conv-1", ConversationType = "personal", TenantId = "tenant-1" },
            ChannelId = "msteams",
            ServiceUrl = _server.BaseUrl + "/_connector",
        };
        return _provider.GetRequiredService<ProactiveMessenger>()
            .ContinueConversationAsync(reference, MessageFactory.Text("Rappel : bilan à remettre"));
    }
}
