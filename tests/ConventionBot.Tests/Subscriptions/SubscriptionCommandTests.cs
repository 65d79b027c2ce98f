using ConventionBot.Tests.Bilans;
using ConventionBot.Subscriptions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Subscriptions;

/// <summary><c>abonner</c> / <c>désabonner</c> end to end through <c>/api/messages</c>.</summary>
public sealed class SubscriptionCommandTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotAppFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotAppFactory(new Dictionary<string, string?> { [$"Access:TenantParties:{Activities.TenantId}"] = "arhlm" });
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private ISubscriptionStore Store => _app.Services.GetRequiredService<ISubscriptionStore>();

    [Fact]
    public async Task Abonner_PersonalChatOfMappedTenant_SubscribesWithTheTenantsParty()
    {
        var reply = await SayAsync("Abonner", "a:sub-1");

        var subscription = await Store.FindAsync("a:sub-1", default);
        Assert.Equal("arhlm", subscription!.PartyId);
        Assert.Equal("personal", subscription.ConversationType);
        Assert.Equal("11111111-1111-1111-1111-111111111111", subscription.SubscriberAadObjectId);
        Assert.Contains("C’est noté\u00A0: cette conversation est abonnée.", CardJson.Texts(reply), StringComparison.Ordinal);
        Assert.Contains("Association Régionale des Organismes Hlm", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abonner Métropole")]
    [InlineData("s’abonner metropole")]
    [InlineData("S'abonner MÉTROPOLE\u202F!")]
    public async Task Abonner_NamedParty_RecordsThatParty(string text)
    {
        await SayAsync(text, "a:sub-2");

        Assert.Equal("metropole", (await Store.FindAsync("a:sub-2", default))!.PartyId);
    }

    [Fact]
    public async Task Abonner_UnknownParty_AnswersWithChoicesAndRecordsNothing()
    {
        var reply = await SayAsync("abonner la préfecture", "a:sub-3");

        Assert.Null(await Store.FindAsync("a:sub-3", default));
        Assert.Contains("Je ne connais pas la partie «\u00A0la préfecture\u00A0»", CardJson.Texts(reply), StringComparison.Ordinal);
        Assert.Contains("abonner metropole", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_EnglishLocaleTwice_AnswersInEnglishAndKeepsFirstDateAndParty()
    {
        await SayAsync("subscribe metropole", "a:sub-4", "en-US");
        var first = await Store.FindAsync("a:sub-4", default);
        var reply = await SayAsync("subscribe", "a:sub-4", "en-US");

        var second = await Store.FindAsync("a:sub-4", default);
        Assert.Contains("This conversation was already subscribed", reply, StringComparison.Ordinal);
        Assert.Equal(first!.SubscribedAt, second!.SubscribedAt);
        Assert.Equal("metropole", second.PartyId);
        Assert.Equal(ConventionBot.Calendar.Language.English, second.Language);
    }

    [Fact]
    public async Task Desabonner_SubscribedThenNot_RemovesAndSaysSoEachTime()
    {
        await SayAsync("abonner", "a:sub-5");

        var removed = await SayAsync("Désabonner", "a:sub-5");
        var again = await SayAsync("desabonner", "a:sub-5");

        Assert.Null(await Store.FindAsync("a:sub-5", default));
        Assert.Contains("ne recevra plus ni rappels ni alertes", removed, StringComparison.Ordinal);
        Assert.Contains("n’était pas abonnée", again, StringComparison.Ordinal);
    }

    private async Task<string> SayAsync(string text, string conversationId, string locale = "fr-FR")
    {
        var before = _connector.Calls.Count;
        await _client.PostAsync(Activities.Message(_connector.ServiceUrl, text, conversationId, locale));
        var call = (await _connector.WaitForCallsAsync(before + 1))[before];
        return call.Activity.Attachments![0].Content!.ToString()!;
    }
}
