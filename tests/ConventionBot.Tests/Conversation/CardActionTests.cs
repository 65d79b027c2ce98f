using System.Net;
using System.Text.Json;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Conversation;

public sealed class CardActionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    private FakeConnector Connector => _bot.Connector;
    private HttpClient Client => _bot.Client;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Invoke_ExecuteRunHelp_Answers200WithCardInBody()
    {
        var response = await Client.PostAsync(Invoke("""{"action":{"type":"Action.Execute","verb":"command.run","data":{"command":"aide"}},"trigger":"manual"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Invoke_SubmitActionType_AnswersNotSupportedError()
    {
        var response = await Client.PostAsync(Invoke("""{"action":{"type":"Action.Submit","verb":"help"}}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal("NotSupported", body.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Invoke_MalformedValue_AnswersBadRequestError()
    {
        var response = await Client.PostAsync(Invoke("\"just a string\""));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("BadRequest", body.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Invoke_UnknownVerb_AnswersFrenchErrorMessage()
    {
        var response = await Client.PostAsync(Invoke("""{"action":{"type":"Action.Execute","verb":"nope"}}"""));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("pas (ou plus) disponible", body.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_OtherInvokeName_Answers501()
    {
        var activity = Invoke("{}");
        activity.Name = "composeExtension/query";

        var response = await Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Message_SubmitFallbackWithVerb_ReplacesTheCardInPlace()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "");
        activity.Text = null;
        activity.ReplyToId = "card-message-7";
        activity.Value = JsonDocument.Parse("""{"verb":"command.run","command":"aide"}""").RootElement.Clone();

        await Client.PostAsync(activity);

        var call = Assert.Single(await Connector.WaitForCallsAsync(1));
        Assert.Equal("update", call.Kind);
        Assert.Equal("card-message-7", call.ActivityId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", call.Activity.Attachments![0].ContentType);
    }

    [Fact]
    public async Task Invoke_ButtonOpeningAnotherCard_SendsItAsNewMessageAndLeavesTheClickedCard()
    {
        // The help card's buttons open the command's card: the help card must stay where the user needs it.
        var response = await Client.PostAsync(Invoke("""{"action":{"type":"Action.Execute","verb":"command.run","data":{"command":"chantiers","newCard":true}},"trigger":"manual"}"""));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("Réponse envoyée dans un nouveau message, ci-dessous.", body.GetProperty("value").GetString());
        var call = Assert.Single(await Connector.WaitForCallsAsync(1));
        Assert.Equal("reply", call.Kind);
        Assert.Contains("Les 7 chantiers", call.Activity.Attachments![0].Content!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_SubmitFallbackOpeningAnotherCard_SendsOnlyTheNewCard()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "");
        activity.Text = null;
        activity.ReplyToId = "card-message-8";
        activity.Value = JsonDocument.Parse("""{"verb":"command.run","command":"chantiers","newCard":true}""").RootElement.Clone();

        await Client.PostAsync(activity);

        var call = Assert.Single(await Connector.WaitForCallsAsync(1));
        Assert.Equal("reply", call.Kind);
        Assert.Equal("application/vnd.microsoft.card.adaptive", call.Activity.Attachments![0].ContentType);
        await Task.Delay(200);
        Assert.Single(Connector.Calls);
    }

    [Fact]
    public async Task HelpCard_CommandButtons_OpenNewCards()
    {
        await Client.PostAsync(Activities.Message(Connector.ServiceUrl, "aide"));

        var help = Assert.Single(await Connector.WaitForCallsAsync(1)).Activity.Attachments![0].Content!.ToString()!;
        var buttons = JsonDocument.Parse(help).RootElement.GetProperty("actions").EnumerateArray().ToList();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.True(b.GetProperty("data").GetProperty("newCard").GetBoolean()));
    }

    private Activity Invoke(string valueJson)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "");
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Name = "adaptiveCard/action";
        activity.Value = JsonDocument.Parse(valueJson).RootElement.Clone();
        return activity;
    }
}
