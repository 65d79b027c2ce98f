using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConventionBot.BrowserTests;

/// <summary>
/// The main user journeys, in the order a person discovers the bot, in one playground conversation.
/// Each asserts on what the page shows (in French, the playground's en-US locale being overridden as in scripts/run.sh)
/// and leaves a screenshot in TestResults/screenshots.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class JourneyTests(BrowserFixture fixture)
{
    private Chat Chat => fixture.Chat;

    [Fact]
    public Task Aide_ShowsTheCommandList() => Chat.JourneyAsync("01-aide", async () =>
    {
        var card = await Chat.SendAsync("aide", "Écrivez-moi une de ces commandes :");

        await Expect(card).ToContainTextAsync("désabonner");
        await Expect(card).ToContainTextAsync("Majuscules et accents ne comptent pas.");
        await Expect(Chat.Button(card, "convention")).ToBeVisibleAsync();
    });

    [Fact]
    public Task UnknownCommand_IsNotUnderstood_WithSuggestions() => Chat.JourneyAsync("02-inconnu", async () =>
    {
        var card = await Chat.SendAsync("bonjour robot", "Je n’ai pas compris « bonjour robot ». Vouliez-vous dire :");

        await Expect(Chat.Button(card, "Toutes les commandes")).ToBeVisibleAsync();
        Assert.True(await card.GetByRole(AriaRole.Button).CountAsync() >= 2, "a suggestion besides « Toutes les commandes »");
    });
}
