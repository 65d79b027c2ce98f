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

    private const string Partnership = "amp-arhlm-2022-2024";
    private const string Plh = "cua-arras-plh-2014-2020";

    private ISubscriptionStore Store => _app.Services.GetRequiredService<ISubscriptionStore>();

    [Fact]
    public async Task Abonner_PersonalChatOfMappedTenant_SubscribesWithTheTenantsParty()
    {
        var reply = await SayAsync("Abonner", "a:sub-1");

        var subscription = Assert.Single(await Store.FindAsync("a:sub-1", default));
        Assert.Equal(Partnership, subscription.ConventionId);
        Assert.Equal("arhlm", subscription.PartyId);
        Assert.Equal("personal", subscription.ConversationType);
        Assert.Equal("11111111-1111-1111-1111-111111111111", subscription.SubscriberAadObjectId);
        Assert.Contains("C’est noté\u00A0: cette conversation est abonnée.", CardJson.Texts(reply), StringComparison.Ordinal);
        Assert.Contains("Association Régionale des Organismes Hlm", reply, StringComparison.Ordinal);
        Assert.Contains("Convention Métropole – AR Hlm 2022-2024", CardJson.Texts(reply), StringComparison.Ordinal);
        Assert.Contains("desabonner 2022-2024", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abonner Métropole")]
    [InlineData("s’abonner metropole")]
    [InlineData("S'abonner MÉTROPOLE\u202F!")]
    public async Task Abonner_NamedParty_RecordsThatParty(string text)
    {
        await SayAsync(text, "a:sub-2");

        Assert.Equal("metropole", Assert.Single(await Store.FindAsync("a:sub-2", default)).PartyId);
    }

    [Fact]
    public async Task Abonner_UnknownParty_AnswersWithChoicesAndRecordsNothing()
    {
        var reply = await SayAsync("abonner la préfecture", "a:sub-3");

        Assert.Empty(await Store.FindAsync("a:sub-3", default));
        Assert.Contains("Je ne connais pas la partie «\u00A0la préfecture\u00A0»", CardJson.Texts(reply), StringComparison.Ordinal);
        Assert.Contains("abonner metropole", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_EnglishLocaleTwice_AnswersInEnglishAndKeepsFirstDateAndParty()
    {
        await SayAsync("subscribe metropole", "a:sub-4", "en-US");
        var first = Assert.Single(await Store.FindAsync("a:sub-4", default));
        var reply = await SayAsync("subscribe", "a:sub-4", "en-US");

        var second = Assert.Single(await Store.FindAsync("a:sub-4", default));
        Assert.Contains("This conversation was already subscribed", reply, StringComparison.Ordinal);
        Assert.Equal(first.SubscribedAt, second.SubscribedAt);
        Assert.Equal("metropole", second.PartyId);
        Assert.Equal(ConventionBot.Calendar.Language.English, second.Language);
    }

    [Fact]
    public async Task Desabonner_SubscribedThenNot_RemovesAndSaysSoEachTime()
    {
        await SayAsync("abonner", "a:sub-5");

        var removed = await SayAsync("Désabonner", "a:sub-5");
        var again = await SayAsync("desabonner", "a:sub-5");

        Assert.Empty(await Store.FindAsync("a:sub-5", default));
        Assert.Contains("ne recevra plus ni rappels ni alertes", removed, StringComparison.Ordinal);
        Assert.Contains("Désabonnée de toutes les conventions\u00A0: Convention Métropole – AR Hlm 2022-2024.", CardJson.Texts(removed), StringComparison.Ordinal);
        Assert.Contains("n’était pas abonnée", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abonner 2014-2020", null)]
    [InlineData("abonner cua-arras-plh-2014-2020", null)]
    [InlineData("abonner cua", "cua")]
    [InlineData("abonner 2014–2020 CUA", "cua")]
    [InlineData("abonner 2016", null)]
    [InlineData("abonner 2016 cua", "cua")]
    public async Task Abonner_PlhByYearsIdOrParty_SubscribesToThePlhOnlyAndSaysSo(string text, string? party)
    {
        var reply = await SayAsync(text, "a:plh-1");

        var subscription = Assert.Single(await Store.FindAsync("a:plh-1", default));
        Assert.Equal(Plh, subscription.ConventionId);
        Assert.Equal(party, subscription.PartyId);
        Assert.Contains("PLH d’Arras 2014-2020", CardJson.Texts(reply), StringComparison.Ordinal);
        Assert.Contains("desabonner 2014-2020", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abonner_PlhWithTheOtherConventionsParty_AnswersWithThePlhsPartiesAndRecordsNothing()
    {
        var reply = await SayAsync("abonner 2014-2020 metropole", "a:plh-2");

        Assert.Empty(await Store.FindAsync("a:plh-2", default));
        Assert.Contains("Je ne connais pas la partie", CardJson.Texts(reply), StringComparison.Ordinal);
        Assert.Contains("abonner 2014-2020 cua", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("abonner metropole", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abonner_BothConventions_OneRowEachWithItsOwnParty()
    {
        await SayAsync("abonner", "a:both-1");
        var again = await SayAsync("abonner cua", "a:both-1");

        var rows = await Store.FindAsync("a:both-1", default);
        Assert.Equal([(Partnership, "arhlm"), (Plh, "cua")], rows.OrderBy(r => r.ConventionId).Select(r => (r.ConventionId, r.PartyId)));
        Assert.Contains("C’est noté\u00A0: cette conversation est abonnée.", CardJson.Texts(again), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("désabonner 2014-2020")]
    [InlineData("unsubscribe cua")]
    public async Task Desabonner_OneConvention_KeepsTheOtherAndSaysWhich(string text)
    {
        await SayAsync("abonner", "a:both-2");
        await SayAsync("abonner 2014-2020", "a:both-2");

        var removed = await SayAsync(text, "a:both-2");
        var again = await SayAsync("désabonner cua-arras-plh-2014-2020", "a:both-2");

        Assert.Equal(Partnership, Assert.Single(await Store.FindAsync("a:both-2", default)).ConventionId);
        Assert.Contains("ne recevra plus ni rappels ni alertes de «\u00A0PLH d’Arras 2014-2020\u00A0».", CardJson.Texts(removed), StringComparison.Ordinal);
        Assert.Contains("Elle reste abonnée à\u00A0: Convention Métropole – AR Hlm 2022-2024.", CardJson.Texts(removed), StringComparison.Ordinal);
        Assert.Contains("n’était pas abonnée à «\u00A0PLH d’Arras 2014-2020\u00A0»", CardJson.Texts(again), StringComparison.Ordinal);
        Assert.Contains("abonner 2014-2020", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desabonner_Alone_RemovesEveryConventionAndNamesThem()
    {
        await SayAsync("abonner", "a:both-3");
        await SayAsync("abonner 2014-2020", "a:both-3");

        var removed = await SayAsync("désabonner", "a:both-3");

        Assert.Empty(await Store.FindAsync("a:both-3", default));
        Assert.Contains(
            "Désabonnée de toutes les conventions\u00A0: Convention Métropole – AR Hlm 2022-2024, PLH d’Arras 2014-2020.", CardJson.Texts(removed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abonner_PlhOverALegacyRowWithAParty_KeepsWhatItStoodForAsItsOwnRowAndAddsThePlh()
    {
        await LegacySubscriptionRow.WriteAsync(_app.Services, "a:legacy-1", "metropole");

        var reply = await SayAsync("abonner 2014-2020", "a:legacy-1");

        var rows = await Store.FindAsync("a:legacy-1", default);
        Assert.Equal([(Partnership, "metropole"), (Plh, null)], rows.OrderBy(r => r.ConventionId).Select(r => (r.ConventionId, r.PartyId)));
        Assert.Contains("C’est noté\u00A0: cette conversation est abonnée.", CardJson.Texts(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desabonner_PlhOverALegacyRowWithoutParty_KeepsItsOtherConvention()
    {
        await LegacySubscriptionRow.WriteAsync(_app.Services, "a:legacy-2", null);

        var removed = await SayAsync("désabonner 2014-2020", "a:legacy-2");

        var row = Assert.Single(await Store.FindAsync("a:legacy-2", default));
        Assert.Equal((Partnership, null), (row.ConventionId, row.PartyId));
        Assert.Equal(new DateTimeOffset(2023, 5, 2, 8, 0, 0, TimeSpan.Zero), row.SubscribedAt);
        Assert.Contains("ne recevra plus ni rappels ni alertes de «\u00A0PLH d’Arras 2014-2020\u00A0».", CardJson.Texts(removed), StringComparison.Ordinal);
    }

    private async Task<string> SayAsync(string text, string conversationId, string locale = "fr-FR")
    {
        var before = _connector.Calls.Count;
        await _client.PostAsync(Activities.Message(_connector.ServiceUrl, text, conversationId, locale));
        var call = (await _connector.WaitForCallsAsync(before + 1))[before];
        return call.Activity.Attachments![0].Content!.ToString()!;
    }
}
