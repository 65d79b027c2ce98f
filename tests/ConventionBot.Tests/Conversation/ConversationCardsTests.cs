using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Conversation;

public sealed class ConversationCardsTests
{
    [Fact]
    public async Task HelpAndNotUnderstoodCards_BothLanguages_PassTheOfficialParser()
    {
        await using var app = new BotAppFactory();
        var router = app.Services.GetRequiredService<CommandRouter>();
        var cards = new Dictionary<string, string>();
        foreach (var language in Enum.GetValues<Language>())
        {
            cards[$"help-{language}"] = AdaptiveCardJson.Serialize(ConversationCards.Help(router.Commands, language));
            cards[$"not-understood-{language}"] = AdaptiveCardJson.Serialize(ConversationCards.NotUnderstood("chantierz 5", router.Nearest("chantierz", 3), language));
        }

        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }
}
