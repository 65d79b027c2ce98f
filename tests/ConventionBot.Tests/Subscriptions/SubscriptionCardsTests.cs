using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Subscriptions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Subscriptions;

public sealed class SubscriptionCardsTests
{
    [Fact]
    public async Task EveryCard_BothLanguagesAndStates_PassesTheOfficialParser()
    {
        await using var app = new BotAppFactory();
        var catalog = app.Services.GetRequiredService<ConventionCatalog>();
        var (convention, plh) = (catalog.Default, catalog.All.Single(c => c != catalog.Default));
        var parties = catalog.All.SelectMany(c => c.Parties.Select(p => (c, p, $"abonner {c.Id} {p.Id}"))).ToList();
        var cards = new Dictionary<string, string>();
        foreach (var language in Enum.GetValues<Language>())
        {
            cards[$"subscribed-new-admin-{language}"] = AdaptiveCardJson.Serialize(
                SubscriptionCards.Subscribed(language, false, convention, convention.Parties[0], admin: true, "2022-2024", ["abonner metropole"]));
            cards[$"subscribed-again-no-party-{language}"] = AdaptiveCardJson.Serialize(
                SubscriptionCards.Subscribed(language, true, plh, null, admin: false, "2014-2020", ["abonner 2014-2020 cua"]));
            cards[$"unsubscribed-all-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.Unsubscribed(language, null, [convention, plh], [], c => c.Id));
            cards[$"unsubscribed-one-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.Unsubscribed(language, plh, [plh], [convention], c => c.Id));
            cards[$"not-subscribed-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.Unsubscribed(language, null, [], [], c => c.Id));
            cards[$"not-subscribed-one-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.Unsubscribed(language, plh, [], [], c => c.Id));
            cards[$"unknown-party-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.UnknownParty(language, "la préfecture", parties));
        }

        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }
}
