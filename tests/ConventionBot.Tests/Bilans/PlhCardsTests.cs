using ConventionBot.Bilans;
using ConventionBot.Bilans.Contract;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Tests.ConventionInfo;
using ConventionBot.Tests.Conventions;

namespace ConventionBot.Tests.Bilans;

/// <summary>Every card of the PLH's 60 actions (its card, its bilan form) and its campaign: valid for the official parser and under Teams' cap.</summary>
public sealed class PlhCardsTests
{
    private const int CardCap = 28 * 1024;

    [Fact]
    public async Task EveryPlhCard_BothLanguages_PassesTheOfficialParserUnderTheCap()
    {
        // Arrange
        var definitions = ConventionDefinitionLoader.LoadFolder(TestDefinitions.ShippedFolder);
        var plh = definitions.Single(d => d.Id == "cua-arras-plh-2014-2020");
        var bed = new InfoTestBed(InfoTestBed.LateIn2026, definitions);
        var today = new DateOnly(2026, 11, 20);
        var year = new BilanYear(2016, new BilanCampaign(plh.Id, 2016, new DateOnly(2027, 1, 29), "Claire", InfoTestBed.LateIn2026, "W/\"e\""),
            [.. plh.Chantiers.Select(c => ChantierBilan.NotStarted(c.Number))]);
        var cards = new Dictionary<string, string>();
        foreach (var language in Enum.GetValues<Language>())
        {
            cards[$"campaign-{language}"] = AdaptiveCardJson.Serialize(CampaignCard.Build(new CampaignView(plh, year, today, true, language)));
            foreach (var action in plh.Chantiers)
            {
                cards[$"action-{action.Number}-{language}"] = AdaptiveCardJson.Serialize(await bed.Views.ChantierAsync(plh, action, language, CancellationToken.None));
                var bilan = ChantierBilan.NotStarted(action.Number);
                var form = new ChantierFormView(plh, 2016, action, bilan, BilanForm.ValuesOf(bilan.Content, action), [], true, language);
                cards[$"form-{action.Number}-{language}"] = AdaptiveCardJson.Serialize(ChantierFormCard.Build(form));
            }
        }

        // Act
        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        // Assert
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Equal(2 * (1 + 2 * 60), cards.Count);
        var largest = cards.MaxBy(c => System.Text.Encoding.UTF8.GetByteCount(c.Value));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(largest.Value) < CardCap, $"{largest.Key} is too large");
    }
}
