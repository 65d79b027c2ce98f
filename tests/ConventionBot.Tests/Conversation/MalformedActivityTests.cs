using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Conversation;

/// <summary>
/// Activities of the right overall shape with malformed parts, as a buggy or hostile client sends them: what is malformed
/// is treated as absent, and an activity left with nothing usable is answered 400; never a 500 or a "Désolé".
/// </summary>
public sealed class MalformedActivityTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string> MalformedParts => new()
    {
        { "entities", "[null]" },
        { "entities", """[{"type":"mention","mentioned":42,"text":"<at>Bot</at>"}]""" },
        { "entities", """[{"type":"mention","mentioned":{"id":["28:x"]}}]""" },
        { "channelData", """{"tenant":"not-an-object"}""" },
        { "channelData", """{"tenant":{"id":{"nested":true}}}""" },
        { "attachments", "[null]" },
    };

    [Theory]
    [MemberData(nameof(MalformedParts))]
    public async Task Post_MessageWithAMalformedPart_AnswersTheCommandAsIfThePartWereAbsent(string property, string json)
    {
        var response = await PostAsync(Activities.Message(_bot.Connector.ServiceUrl, "aide"), property, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        Assert.Contains("Écrivez-moi une de ces commandes", CardJson.Texts(reply.Activity.Attachments![0].Content!.ToString()!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("membersAdded", "[null]")]
    [InlineData("membersRemoved", "[null, null]")]
    public async Task Post_MemberUpdateWhoseMembersAreAllMalformed_Answers400(string property, string json)
    {
        var update = Activities.Message(_bot.Connector.ServiceUrl, "");
        update.Type = ActivityTypes.ConversationUpdate;

        var response = await PostAsync(update, property, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_bot.Connector.Calls);
    }

    [Fact]
    public async Task Post_MembersAddedWithANullBesideTheBot_WelcomesAsForTheBotAlone()
    {
        var update = Activities.Message(_bot.Connector.ServiceUrl, "");
        update.Type = ActivityTypes.ConversationUpdate;

        var response = await PostAsync(update, "membersAdded", $$"""[null, {"id":"{{Activities.BotId}}"}]""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Post_InvokeWithoutName_Answers400(string? name)
    {
        var invoke = Activities.Message(_bot.Connector.ServiceUrl, "");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = name;

        var response = await PostAsync(invoke, "value", """{"action":{"type":"Action.Execute","verb":"command.run","data":{"command":"aide"}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(Activity activity, string property, string json)
    {
        var body = JsonSerializer.SerializeToNode(activity, BotJson.Options)!.AsObject();
        body[property] = JsonNode.Parse(json);
        var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return _bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }
}
