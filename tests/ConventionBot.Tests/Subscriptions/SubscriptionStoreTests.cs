using ConventionBot.Conversation;
using ConventionBot.Subscriptions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConventionBot.Tests.Subscriptions;

public sealed class SubscriptionStoreTests
{
    [Fact]
    public async Task ListActiveAsync_ReferenceMarkedInactive_LeavesItOutUntilTheBotIsBack()
    {
        await using var app = new BotAppFactory();
        var store = app.Services.GetRequiredService<ISubscriptionStore>();
        var references = app.Services.GetRequiredService<ConversationReferenceStore>();
        foreach (var id in new[] { "19:team@thread.tacv2", "a:personal/with?odd#chars" })
        {
            await references.RememberAsync(Activities.Message("https://smba.trafficmanager.net/emea/", "abonner", id), default);
            await store.SubscribeAsync(new Subscription(id, "amp-arhlm-2022-2024", "channel", "metropole", null, DateTimeOffset.UnixEpoch), default);
        }

        await references.MarkInactiveAsync("a:personal/with?odd#chars", default);
        var whileGone = await store.ListActiveAsync(default);
        await references.RememberAsync(Activities.Message("https://smba.trafficmanager.net/emea/", "aide", "a:personal/with?odd#chars"), default);
        var afterReturn = await store.ListActiveAsync(default);

        Assert.Equal(["19:team@thread.tacv2"], whileGone.Select(s => s.ConversationId));
        Assert.Equal(2, afterReturn.Count);
    }

    [Fact]
    public async Task Startup_TenantMappedToUnknownParty_IsRefused()
    {
        await using var app = new BotAppFactory(new Dictionary<string, string?> { ["Access:TenantParties:some-tenant"] = "prefecture" });

        var exception = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("prefecture", exception.Message, StringComparison.Ordinal);
    }
}
