using System.Reflection;
using System.Text.Json.Serialization;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.BotFramework.Tests.AdaptiveCards;

/// <summary>Checks serialized cards with the official adaptivecards parser (node tools/cards/validate.js).</summary>
public sealed class OfficialParserTests
{
    private readonly AdaptiveCardValidator _validator = new();

    [Fact]
    public async Task Validate_Gallery_EveryCardIsOk()
    {
        var jsonByName = CardGallery.All.ToDictionary(card => card.Key, card => AdaptiveCardJson.Serialize(card.Value));

        var result = await _validator.ValidateAsync(jsonByName);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(jsonByName.Keys, name => Assert.StartsWith("OK ", result.LineFor(name), StringComparison.Ordinal));
    }

    [Fact]
    public void CardGallery_AllCards_UseEveryRegisteredType()
    {
        var json = string.Concat(CardGallery.All.Values.Select(card => AdaptiveCardJson.Serialize(card)));
        var types = typeof(AdaptiveElement).GetCustomAttributes<JsonDerivedTypeAttribute>()
            .Concat(typeof(AdaptiveAction).GetCustomAttributes<JsonDerivedTypeAttribute>())
            .Select(attribute => (string)attribute.TypeDiscriminator!);

        Assert.All(types, type => Assert.Contains($"\"type\":\"{type}\"", json, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"x"}]}""", "Unknown element type \"TextBlok\"")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Exec","title":"x"}]}""", "Unknown action type \"Action.Exec\"")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.6","body":[]}""", "Card version 1.6 is above 1.5")]
    [InlineData("""{"type":"AdaptiveCard","version":"9.9"}""", "The specified card version (9.9) is not supported")]
    [InlineData("""{"type":"AdaptiveCard","body":[]}""", "Card has no \"version\"")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","wrapp":true}]}""", "Unknown property \"wrapp\" on TextBlock")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"huge"}]}""", "Invalid value \"huge\" for property \"size\"")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.ChoiceSet","id":"c"}]}""", "must have at least one choice")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","lang":"fr-FR"}""", "Invalid value \"fr-FR\" for property \"lang\"")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","label":"A","labelPosition":"inline"}]}""", "\"labelPosition\" is supported in version 1.6")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"note"}]}""", "Input \"note\" has no label")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Toggle","id":"t","title":" "}]}""", "Input \"t\" has no label")]
    public async Task Validate_BrokenCard_FailsWithParserMessage(string json, string expectedMessage)
    {
        var result = await _validator.ValidateAsync(new Dictionary<string, string> { ["broken"] = json });

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = result.LineFor("broken");
        Assert.StartsWith("FAIL ", line, StringComparison.Ordinal);
        Assert.Contains(expectedMessage, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SeveralCardsWithLang_AllOk()
    {
        // Guards the workaround in validate.js for the parser's stateful "lang" regex.
        var json = AdaptiveCardJson.Serialize(new AdaptiveCard { Lang = "fr" });

        var result = await _validator.ValidateAsync(new Dictionary<string, string> { ["a"] = json, ["b"] = json, ["c"] = json });

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Validate_RequiredInputWithoutLabelFromModel_FailsWithWarnings()
    {
        var card = new AdaptiveCard { Body = [new AdaptiveTextInput { Id = "comment", IsRequired = true }] };

        var result = await _validator.ValidateAsync(new Dictionary<string, string> { ["unlabelled"] = AdaptiveCardJson.Serialize(card) });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Required inputs should have a label", result.LineFor("unlabelled"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_OneBrokenCardAmongGoodOnes_ExitsWithOneAndReportsEach()
    {
        var jsonByName = new Dictionary<string, string>
        {
            ["good"] = AdaptiveCardJson.Serialize(CardGallery.All["text"]),
            ["bad"] = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok"}]}""",
        };

        var result = await _validator.ValidateAsync(jsonByName);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("OK ", result.LineFor("good"), StringComparison.Ordinal);
        Assert.StartsWith("FAIL ", result.LineFor("bad"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EmptyFolder_ExitsWithUsageError()
    {
        var folder = Directory.CreateTempSubdirectory("adaptive-cards-empty-");
        try
        {
            var result = await _validator.RunAsync(folder.FullName);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("No *.json card in folder", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete();
        }
    }
}
