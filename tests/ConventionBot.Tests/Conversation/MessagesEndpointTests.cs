using System.Net;
using System.Text;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Conversation;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeConnector Connector => _bot.Connector;
    private HttpClient Client => _bot.Client;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_HelpInFrench_RepliesWithHelpCardInThread()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "Aide");

        var response = await Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await Connector.WaitForCallsAsync(1));
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
        await Client.PostAsync(Activities.Message(Connector.ServiceUrl, "help", locale: "en-US"));

        var call = Assert.Single(await Connector.WaitForCallsAsync(1));
        Assert.Contains("Write me one of these commands", call.Activity.Attachments![0].Content!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LocaleOverrideForPlayground_AnswersInFrenchDespiteEnUs()
    {
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Conversation:LocaleOverride"] = "fr-FR" });

        await bot.Client.PostAsync(Activities.Message(bot.Connector.ServiceUrl, "help", locale: "en-US"));

        var call = Assert.Single(await bot.Connector.WaitForCallsAsync(1));
        Assert.Contains("Écrivez-moi une de ces commandes", call.Activity.Attachments![0].Content!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HelpInFrenchEnglishThenFrench_EachGetsTheCardOfItsLanguage()
    {
        await Client.PostAsync(Activities.Message(Connector.ServiceUrl, "aide"));
        await Client.PostAsync(Activities.Message(Connector.ServiceUrl, "help", locale: "en-GB"));
        await Client.PostAsync(Activities.Message(Connector.ServiceUrl, "aide"));

        var cards = (await Connector.WaitForCallsAsync(3)).Select(c => c.Activity.Attachments![0].Content!.ToString()!).ToList();

        Assert.Contains("Écrivez-moi une de ces commandes", cards[0], StringComparison.Ordinal);
        Assert.Contains("Write me one of these commands", cards[1], StringComparison.Ordinal);
        Assert.Equal(cards[0], cards[2]);
    }

    [Fact]
    public async Task Post_MentionOfBotInChannel_IsStrippedBeforeRouting()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "<at>ConventionBot</at> AIDE ");
        activity.Entities = [Entity.From(new Mention { Mentioned = new ChannelAccount { Id = Activities.BotId, Name = "ConventionBot" }, Text = "<at>ConventionBot</at>" })];

        await Client.PostAsync(activity);

        var call = Assert.Single(await Connector.WaitForCallsAsync(1));
        Assert.NotNull(call.Activity.Attachments);
    }

    [Fact]
    public async Task Post_UnknownText_AnswersWithTheTextQuotedAndCommandButtons()
    {
        await Client.PostAsync(Activities.Message(Connector.ServiceUrl, "quelle heure est-il"));

        var call = Assert.Single(await Connector.WaitForCallsAsync(1));
        var card = call.Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("«\u00A0quelle heure est-il\u00A0»", CardJson.Texts(card), StringComparison.Ordinal);
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

        var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_OversizedBody_Answers413()
    {
        var activity = Activities.Message(Connector.ServiceUrl, new string('x', 300 * 1024));

        var response = await Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Answers200AndDoesNothing()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "aide");
        activity.Type = "somethingNew";

        var response = await Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task Head_PlaygroundProbe_Answers200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/messages");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_Answers405()
    {
        var response = await Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

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

        var response = await client.PostAsync(Activities.Message(Connector.ServiceUrl, "aide"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(Connector.Calls);
    }

}
