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
        var parties = app.Services.GetRequiredService<ConventionCatalog>().Default.Parties;
        var cards = new Dictionary<string, string>();
        foreach (var language in Enum.GetValues<Language>())
        {
            cards[$"subscribed-new-admin-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.Subscribed(language, false, parties[0], admin: true));
            cards[$"subscribed-again-no-party-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.Subscribed(language, true, null, admin: false));
            cards[$"unsubscribed-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.Unsubscribed(language, wasSubscribed: true));
            cards[$"not-subscribed-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.Unsubscribed(language, wasSubscribed: false));
            cards[$"unknown-party-{language}"] = AdaptiveCardJson.Serialize(SubscriptionCards.UnknownParty(language, "la préfecture", parties));
        }

        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }
}
