using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Conversation;

/// <summary>The processing notice (RGPD art. 13), reachable by a command listed in the help.</summary>
public sealed class PrivacyCommandTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Conversation:PrivacyContact"] = "dpo@example.org" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("confidentialité")]
    [InlineData("données personnelles")]
    [InlineData("RGPD")]
    public async Task Post_PrivacyCommand_SaysWhatIsKeptWhyHowLongAndWhomToAsk(string text)
    {
        await _bot.Client.PostAsync(Activities.Message(_bot.Connector.ServiceUrl, text));

        var card = CardJson.Texts(Assert.Single(await _bot.Connector.WaitForCallsAsync(1)).Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("Vos données personnelles", card, StringComparison.Ordinal);
        Assert.Contains("La Métropole est responsable de ce traitement", card, StringComparison.Ordinal);
        Assert.Contains("Votre nom affiché dans Teams et votre identifiant Microsoft Entra", card, StringComparison.Ordinal);
        Assert.Contains("Les rappels envoyés sont effacés après la durée de conservation fixée à l’installation (90 jours par défaut)", card, StringComparison.Ordinal);
        Assert.Contains("le délégué à la protection des données de la Métropole Aix-Marseille-Provence (dpo@example.org)", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Help_ListsThePrivacyCommand()
    {
        await _bot.Client.PostAsync(Activities.Message(_bot.Connector.ServiceUrl, "aide"));

        var card = CardJson.Texts(Assert.Single(await _bot.Connector.WaitForCallsAsync(1)).Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("confidentialité", card, StringComparison.Ordinal);
    }
}
