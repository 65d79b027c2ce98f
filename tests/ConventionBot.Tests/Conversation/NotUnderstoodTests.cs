using ConventionBot.Tests.Bilans;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Conversation;

/// <summary>The "did you mean" answer, with the commands the app registers.</summary>
public sealed class NotUnderstoodTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotAppFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotAppFactory();
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("chantiez 5", Language.French, "chantier 5")]
    [InlineData("Chantie npnru", Language.French, "chantier npnru")]
    [InlineData("echeancse", Language.French, "échéances")]
    [InlineData("deadlnes", Language.English, "deadlines")]
    [InlineData("conventoin 2019-2021", Language.French, "convention 2019-2021")]
    public void Suggestions_TypoOfAKeyword_FirstOffersTheCorrectedCommandWithItsArguments(string text, Language language, string expected)
    {
        // Arrange
        var router = _app.Services.GetRequiredService<CommandRouter>();

        // Act
        var suggestions = ConversationCards.Suggestions(text, router.Nearest(text, 3), language);

        // Assert
        Assert.Equal(expected, suggestions[0]);
    }

    [Fact]
    public void Suggestions_FarFromEveryKeyword_OffersUsagesOnly()
    {
        // Arrange
        var router = _app.Services.GetRequiredService<CommandRouter>();
        var nearest = router.Nearest("quelle heure est-il", 3);

        // Act
        var suggestions = ConversationCards.Suggestions("quelle heure est-il", nearest, Language.French);

        // Assert
        Assert.Equal(nearest.Select(c => c.Help(Language.French).Usage), suggestions);
    }

    [Fact]
    public void Nearest_Typo_OffersOnlyTheCommandsItCouldBe()
    {
        var router = _app.Services.GetRequiredService<CommandRouter>();

        var nearest = router.Nearest("chantiez 5", 3);

        Assert.Equal(["chantier", "chantiers"], nearest.Select(c => c.Keywords[0]));
    }

    [Fact]
    public void Nearest_NothingClose_OffersTheFirstCommandsOfTheHelp()
    {
        var router = _app.Services.GetRequiredService<CommandRouter>();
        var help = router.Commands.OrderBy(c => c.Help(Language.French).Order).Take(3);

        var nearest = router.Nearest("bonjour robot", 3);

        Assert.Equal(help, nearest);
    }

    [Fact]
    public void Suggestions_SecondClosestKeyword_KeepsItsUsageNotTheArguments()
    {
        // Arrange: "chantiers" is one letter further than "chantier" from "chantiez".
        var router = _app.Services.GetRequiredService<CommandRouter>();

        // Act
        var suggestions = ConversationCards.Suggestions("chantiez 5", router.Nearest("chantiez 5", 3), Language.French);

        // Assert
        Assert.Contains("chantiers", suggestions);
        Assert.DoesNotContain("chantiers 5", suggestions);
    }

    [Fact]
    public async Task Post_Typo_AnswersWithTheCorrectedCommandAsAButtonThatRunsIt()
    {
        // Act
        await _client.PostAsync(Activities.Message(_connector.ServiceUrl, "chantiez 5"));

        // Assert
        var card = Assert.Single(await _connector.WaitForCallsAsync(1)).Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("Je n’ai pas compris «\u00A0chantiez 5\u00A0»", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"command.run\",\"data\":{\"command\":\"chantier 5\",\"newCard\":true},\"title\":\"chantier 5\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_VeryLongMessage_QuotesAnExcerptAndOffersUsages()
    {
        // Arrange: 10 000 characters, a typo of a keyword first (its correction would repeat the whole text).
        var text = "chantiez " + string.Join(' ', Enumerable.Repeat("logement", 1_111));

        // Act
        var response = await _client.PostAsync(Activities.Message(_connector.ServiceUrl, text));

        // Assert
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        var card = Assert.Single(await _connector.WaitForCallsAsync(1)).Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("Je n’ai pas compris «\u00A0chantiez logement logement", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.Contains("logement…\u00A0»", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.Contains("\"data\":{\"command\":\"chantier 5\",\"newCard\":true}", card, StringComparison.Ordinal);
        Assert.True(card.Length < 2_000, $"card of {card.Length} characters");
    }
}
