using System.Text.Json;
using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly CountingTokenProvider _tokens = new();
    private LoopbackServer _server = null!;
    private ServiceProvider _provider = null!;

    private string ServiceUrl => _server.BaseUrl + "/_connector";

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _provider = ConnectorTestHost.Create(tokens: _tokens);
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlPathWithoutTrailingSlash_KeepsPath()
    {
        var response = await _provider.Connector().SendToConversationAsync(ServiceUrl, "a:1", MessageFactory.Text("Bonjour"));

        Assert.Equal("activity-1", response.Id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations/a%3A1/activities", request.RawTarget);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlWithTrailingSlash_JoinsWithOneSlash()
    {
        await _provider.Connector().SendToConversationAsync(_server.BaseUrl + "/amer/", "a:1", MessageFactory.Text("Bonjour"));

        Assert.Equal("/amer/v3/conversations/a%3A1/activities", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task ReplyToActivityAsync_IdsWithReservedCharacters_EscapesEachId()
    {
        await _provider.Connector().ReplyToActivityAsync(
            ServiceUrl, "19:abc@thread.tacv2;messageid=1700", "1700:x", MessageFactory.Text("Réponse"));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700/activities/1700%3Ax", request.RawTarget);
    }

    [Fact]
    public async Task SendToConversationAsync_WithToken_SendsBearerJsonAndConversationHeaders()
    {
        await _provider.Connector().SendToConversationAsync(ServiceUrl, "a:1", MessageFactory.Text("Bonjour"));

        var headers = Assert.Single(_server.Requests).Headers;
        Assert.Equal("Bearer test-token", headers["Authorization"]);
        Assert.Equal("application/json; charset=utf-8", headers["Content-Type"]);
        Assert.Equal("a:1", headers["x-ms-conversation-id"]);
    }

    [Fact]
    public async Task SendToConversationAsync_Activity_SendsCamelCaseWithoutNulls()
    {
        await _provider.Connector().SendToConversationAsync(ServiceUrl, "a:1", MessageFactory.Text("Bonjour"));

        var body = Assert.Single(_server.Requests).Body;
        Assert.Equal("""{"type":"message","text":"Bonjour"}""", body);
    }

    [Fact]
    public async Task UpdateActivityAsync_Activity_PutsBodyWithIdAndType()
    {
        await _provider.Connector().UpdateActivityAsync(ServiceUrl, "a:1", "m-1", MessageFactory.Text("Modifié"));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/_connector/v3/conversations/a%3A1/activities/m-1", request.RawTarget);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("m-1", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("message", json.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task DeleteActivityAsync_EmptyAnswer_SendsDeleteWithoutBody()
    {
        _server.Enqueue(ScriptedResponse.Json(200));

        await _provider.Connector().DeleteActivityAsync(ServiceUrl, "a:1", "m-1");

        var request = Assert.Single(_server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/_connector/v3/conversations/a%3A1/activities/m-1", request.RawTarget);
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task CreateConversationAsync_TeamsPersonalChat_PostsTeamsShape()
    {
        _server.Enqueue(ScriptedResponse.Json(201, """{"id":"a:new-chat"}"""));
        var parameters = ConversationParameters.ForTeamsPersonalChat("28:bot", "29:user", "tenant-1");

        var response = await _provider.Connector().CreateConversationAsync(ServiceUrl, parameters);

        Assert.Equal("a:new-chat", response.Id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/_connector/v3/conversations", request.RawTarget);
        Assert.Equal(
            """{"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"tenant-1","channelData":{"tenant":{"id":"tenant-1"}}}""",
            request.Body);
    }

    [Fact]
    public async Task SendToConversationAsync_NoAppIdConfigured_SendsNoAuthorizationHeader()
    {
        await using var anonymous = ConnectorTestHost.Create();

        await anonymous.Connector().SendToConversationAsync(ServiceUrl, "a:1", MessageFactory.Text("Bonjour"));

        Assert.False(Assert.Single(_server.Requests).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task ReplyToActivityAsync_ReplyCreatedFromIncoming_UsesItsAddress()
    {
        var incoming = new Activity
        {
            Id = "m-9", ServiceUrl = ServiceUrl, Conversation = new ConversationAccount { Id = "a:1" },
            From = new ChannelAccount { Id = "29:user" }, Recipient = new ChannelAccount { Id = "28:bot" },
        };

        await _provider.Connector().ReplyToActivityAsync(incoming.CreateReply("Bien reçu"));

        Assert.Equal("/_connector/v3/conversations/a%3A1/activities/m-9", Assert.Single(_server.Requests).RawTarget);
    }
}
