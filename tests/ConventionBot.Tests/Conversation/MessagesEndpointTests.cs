using System.Net;
using System.Text;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Conversation;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotAppFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotAppFactory();
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Post_HelpInFrench_RepliesWithHelpCardInThread()
    {
        var activity = Activities.Message(_connector.ServiceUrl, "Aide");

        var response = await _client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal("reply", call.Kind);
        Assert.Equal(activity.Id, call.ActivityId);
        Assert.Equal("a:personal-1", call.ConversationId);
        var attachment = Assert.Single(call.Activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Contains("Écrivez-moi une de ces commandes", attachment.Content!.ToString(), StringComparison.Ordinal);
        Assert.Equal(Activities.BotId, call.Activity.From!.Id);
    }

    [Fact]
    public async Task Post_HelpInEnglishLocale_RepliesInEnglish()
    {
        await _client.PostAsync(Activities.Message(_connector.ServiceUrl, "help", locale: "en-US"));

        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Contains("Write me one of these commands", call.Activity.Attachments![0].Content!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HelpInFrenchEnglishThenFrench_EachGetsTheCardOfItsLanguage()
    {
        await _client.PostAsync(Activities.Message(_connector.ServiceUrl, "aide"));
        await _client.PostAsync(Activities.Message(_connector.ServiceUrl, "help", locale: "en-GB"));
        await _client.PostAsync(Activities.Message(_connector.ServiceUrl, "aide"));

        var cards = (await _connector.WaitForCallsAsync(3)).Select(c => c.Activity.Attachments![0].Content!.ToString()!).ToList();

        Assert.Contains("Écrivez-moi une de ces commandes", cards[0], StringComparison.Ordinal);
        Assert.Contains("Write me one of these commands", cards[1], StringComparison.Ordinal);
        Assert.Equal(cards[0], cards[2]);
    }

    [Fact]
    public async Task Post_MentionOfBotInChannel_IsStrippedBeforeRouting()
    {
        var activity = Activities.Message(_connector.ServiceUrl, "<at>ConventionBot</at> AIDE ");
        activity.Entities = [Entity.From(new Mention { Mentioned = new ChannelAccount { Id = Activities.BotId, Name = "ConventionBot" }, Text = "<at>ConventionBot</at>" })];

        await _client.PostAsync(activity);

        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.NotNull(call.Activity.Attachments);
    }

    [Fact]
    public async Task Post_UnknownText_AnswersWithTheTextQuotedAndCommandButtons()
    {
        await _client.PostAsync(Activities.Message(_connector.ServiceUrl, "quelle heure est-il"));

        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        var card = call.Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("« quelle heure est-il »", card, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"command.run\"", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task Post_NotAnActivity_Answers400(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_OversizedBody_Answers413()
    {
        var activity = Activities.Message(_connector.ServiceUrl, new string('x', 300 * 1024));

        var response = await _client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Answers200AndDoesNothing()
    {
        var activity = Activities.Message(_connector.ServiceUrl, "aide");
        activity.Type = "somethingNew";

        var response = await _client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Head_PlaygroundProbe_Answers200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/messages");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_Answers405()
    {
        var response = await _client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithMicrosoftAppIdConfigured_NoToken_Answers401()
    {
        await using var secured = new BotAppFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = Activities.TenantId,
        });
        using var client = secured.CreateClient();

        var response = await client.PostAsync(Activities.Message(_connector.ServiceUrl, "aide"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(_connector.Calls);
    }

}
