using ConventionBot.Subscriptions;
using ConventionBot.Subscriptions.Contract;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Subscriptions;

/// <summary>
/// Who receives a convention's reminders, with both shipped definitions loaded (the 2022-2024 partnership and the PLH
/// d'Arras): only the conversations subscribed to it, legacy rows (no convention) by their party.
/// </summary>
public sealed class ReminderAudienceTests : IAsyncLifetime
{
    private const string Partnership = "amp-arhlm-2022-2024";
    private const string Plh = "cua-arras-plh-2014-2020";
    private const string Someone = "11111111-1111-1111-1111-111111111111";

    private BotAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BotAppFactory();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private IReminderAudience Audience => _app.Services.GetRequiredService<IReminderAudience>();

    [Fact]
    public async Task EachList_BothConventionsLoaded_HoldsOnlyThatConventionsSubscribers()
    {
        await SubscribeAsync("a:partnership", Partnership, "arhlm");
        await SubscribeAsync("a:plh", Plh, "cua");
        await SubscribeAsync("a:both", Partnership, "metropole");
        await SubscribeAsync("a:both", Plh, null);

        Assert.Equal(["a:both", "a:partnership"], Ids(await Audience.EveryoneAsync(Partnership, default)));
        Assert.Equal(["a:both", "a:plh"], Ids(await Audience.EveryoneAsync(Plh, default)));
        Assert.Equal(["a:both", "a:partnership"], Ids(await Audience.AdminsAsync(Partnership, default)));
        Assert.Equal(["a:both", "a:plh"], Ids(await Audience.AdminsAsync(Plh, default)));
        Assert.Equal(["a:partnership"], Ids(await Audience.PartyAsync(Partnership, "arhlm", default)));
        Assert.Equal(["a:both"], Ids(await Audience.PartyAsync(Partnership, "metropole", default)));
        Assert.Equal(["a:plh"], Ids(await Audience.PartyAsync(Plh, "cua", default)));
        Assert.Empty(await Audience.EveryoneAsync("another-convention", default));
    }

    [Fact]
    public async Task LegacyRows_NoConvention_CountForEveryConventionWithTheirPartyOrForAllWithoutOne()
    {
        await LegacySubscriptionRow.WriteAsync(_app.Services, "a:legacy-arhlm", "arhlm");
        await LegacySubscriptionRow.WriteAsync(_app.Services, "a:legacy-metropole", "metropole");
        await LegacySubscriptionRow.WriteAsync(_app.Services, "a:legacy-no-party", null);
        await SubscribeAsync("a:plh", Plh, "cua");

        Assert.Equal(["a:legacy-arhlm", "a:legacy-metropole", "a:legacy-no-party"], Ids(await Audience.EveryoneAsync(Partnership, default)));
        Assert.Equal(["a:legacy-arhlm"], Ids(await Audience.PartyAsync(Partnership, "arhlm", default)));
        Assert.Equal(["a:legacy-metropole"], Ids(await Audience.PartyAsync(Partnership, "metropole", default)));
        Assert.Equal(["a:legacy-no-party", "a:plh"], Ids(await Audience.EveryoneAsync(Plh, default)));
        Assert.Equal(["a:legacy-no-party", "a:plh"], Ids(await Audience.AdminsAsync(Plh, default)));
        Assert.Equal(["a:plh"], Ids(await Audience.PartyAsync(Plh, "cua", default)));
    }

    private async Task SubscribeAsync(string conversationId, string conventionId, string? partyId) =>
        await _app.Services.GetRequiredService<ISubscriptionStore>().SubscribeAsync(
            new Subscription(conversationId, conventionId, "personal", partyId, Someone, DateTimeOffset.UnixEpoch), default);

    private static IEnumerable<string> Ids(IReadOnlyList<Recipient> recipients) =>
        recipients.Select(r => r.ConversationId).Order(StringComparer.Ordinal);
}
