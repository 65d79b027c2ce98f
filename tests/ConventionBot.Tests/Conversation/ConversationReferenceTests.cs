using ConventionBot.BotFramework.Connector;
using ConventionBot.BotFramework.Schema;
using ConventionBot.Conversation;
using ConventionBot.Storage;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Conversation;

public sealed class ConversationReferenceTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task ProactiveSend_AfterRestart_ReachesStoredConversation()
    {
        var prefix = TestStorage.UniquePrefix();
        await using (var first = new BotAppFactory(Prefix(prefix)))
        {
            using var client = first.CreateClient();
            await client.PostAsync(Activities.Message(_connector.ServiceUrl, "aide", conversationId: "a:restart-1"));
            await _connector.WaitForCallsAsync(1);
        }

        await using var second = new BotAppFactory(Prefix(prefix));
        var stored = await second.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("a:restart-1", CancellationToken.None);
        var result = await second.Services.GetRequiredService<ProactiveMessenger>()
            .ContinueConversationAsync(stored!.Reference, MessageFactory.Text("Rappel : COTECH demain."));

        Assert.True(stored.IsActive);
        Assert.Equal(Activities.TenantId, stored.TenantId);
        Assert.Equal("11111111-1111-1111-1111-111111111111", stored.UserAadObjectId);
        Assert.True(result.Delivered);
        var calls = await _connector.WaitForCallsAsync(2);
        Assert.Contains(calls, c => c.Kind == "send" && c.ConversationId == "a:restart-1" && c.Activity.Text == "Rappel : COTECH demain.");
    }

    [Fact]
    public async Task Remember_UnchangedReference_DoesNotWriteAgain()
    {
        await using var app = new BotAppFactory();
        using var client = app.CreateClient();
        var table = await app.Services.GetRequiredService<TableProvider>().GetAsync(ConversationReferenceStore.TableName);

        await client.PostAsync(Activities.Message(_connector.ServiceUrl, "aide", conversationId: "a:etag-1"));
        var afterFirst = (await table.GetEntityAsync<ConversationReferenceEntity>("conversation", "a:etag-1")).Value.ETag;
        await client.PostAsync(Activities.Message(_connector.ServiceUrl, "aide", conversationId: "a:etag-1"));
        var afterSecond = (await table.GetEntityAsync<ConversationReferenceEntity>("conversation", "a:etag-1")).Value.ETag;
        await client.PostAsync(Activities.Message(_connector.ServiceUrl + "/", "aide", conversationId: "a:etag-1"));
        var afterMove = (await table.GetEntityAsync<ConversationReferenceEntity>("conversation", "a:etag-1")).Value;

        Assert.Equal(afterFirst, afterSecond);
        Assert.NotEqual(afterSecond, afterMove.ETag);
        Assert.EndsWith("/", afterMove.ServiceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uninstall_MarksReferenceInactive()
    {
        await using var app = new BotAppFactory();
        using var client = app.CreateClient();
        await client.PostAsync(Activities.Message(_connector.ServiceUrl, "aide", conversationId: "a:leave-1"));
        var uninstall = Activities.Message(_connector.ServiceUrl, "", conversationId: "a:leave-1");
        uninstall.Type = ActivityTypes.InstallationUpdate;
        uninstall.Text = null;
        uninstall.Action = "remove";

        await client.PostAsync(uninstall);

        var stored = await app.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("a:leave-1", CancellationToken.None);
        Assert.False(stored!.IsActive);
    }

    private static Dictionary<string, string?> Prefix(string prefix) => new() { ["Storage:TablePrefix"] = prefix };
}
