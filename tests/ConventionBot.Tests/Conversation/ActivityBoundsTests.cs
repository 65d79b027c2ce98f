using System.Net;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Conversation;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Conversation;

/// <summary>Ids and names longer than any channel sends are refused at the door, so no row the bot stores from an activity can outgrow Table Storage.</summary>
public sealed class ActivityBoundsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string> TooLong() => ["conversation", "from", "name", "recipient", "aadObjectId", "serviceUrl"];

    [Theory]
    [MemberData(nameof(TooLong))]
    public async Task Post_FieldLongerThanAnyChannelSends_Answers400AndStoresNothing(string field)
    {
        var activity = Activities.Message(_bot.Connector.ServiceUrl, "aide", conversationId: "a:too-long-" + field);
        var tooLong = new string('x', 1025);
        switch (field)
        {
            case "conversation": activity.Conversation!.Id = "a:" + tooLong; break;
            case "from": activity.From!.Id = tooLong; break;
            case "name": activity.From!.Name = new string('é', 257); break;
            case "recipient": activity.Recipient!.Id = tooLong; break;
            case "aadObjectId": activity.From!.AadObjectId = tooLong; break;
            case "serviceUrl": activity.ServiceUrl += "?" + tooLong; break;
        }

        var response = await _bot.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await References.FindAsync(activity.Conversation!.Id!, CancellationToken.None));
        Assert.Empty(_bot.Connector.Calls);
    }

    [Fact]
    public async Task Post_LongestIdAndNameWithKeyCharacters_IsAnsweredAndRemembered()
    {
        var conversationId = ("a:#?/" + Guid.NewGuid().ToString("N")).PadRight(1024, '#'); // escapes to about 3 KiB
        var activity = Activities.Message(_bot.Connector.ServiceUrl, "aide", conversationId);
        activity.From = new ChannelAccount { Id = "29:".PadRight(1024, 'u'), Name = new string('é', 256), AadObjectId = "11111111-1111-1111-1111-111111111111" };

        var response = await _bot.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        var stored = await References.FindAsync(conversationId, CancellationToken.None);
        Assert.Equal(conversationId, stored?.Reference.Conversation?.Id);
    }

    private ConversationReferenceStore References => _bot.App.Services.GetRequiredService<ConversationReferenceStore>();
}
