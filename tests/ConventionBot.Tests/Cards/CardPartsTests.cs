using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Cards;

namespace ConventionBot.Tests.Cards;

public sealed class CardPartsTests
{
    private static JsonElement Json(AdaptiveElement element) =>
        JsonDocument.Parse(AdaptiveCardJson.Serialize(new AdaptiveCard { Body = [element] })).RootElement.GetProperty("body")[0].Clone();

    [Fact]
    public void Heading_Serialized_IsAHeadingForScreenReadersAndStandsOut()
    {
        var heading = Json(CardParts.Heading("Ordre du jour"));

        Assert.Equal("heading", heading.GetProperty("style").GetString());
        Assert.Equal("medium", heading.GetProperty("size").GetString());
        Assert.Equal("bolder", heading.GetProperty("weight").GetString());
        Assert.True(heading.GetProperty("separator").GetBoolean());
        Assert.True(heading.GetProperty("wrap").GetBoolean());
    }

    [Fact]
    public void Title_Serialized_IsLargeBoldAndNotAHeadingStyle()
    {
        var title = Json(CardParts.Title("Réunions"));

        Assert.Equal("large", title.GetProperty("size").GetString());
        Assert.Equal("bolder", title.GetProperty("weight").GetString());
        Assert.False(title.TryGetProperty("style", out _));
    }

    [Fact]
    public void Navigate_Serialized_SendsNoInput()
    {
        var card = new AdaptiveCard { Actions = [CardParts.Navigate("Retour", "list", new JsonObject { ["id"] = "1" })] };

        var action = JsonDocument.Parse(AdaptiveCardJson.Serialize(card)).RootElement.GetProperty("actions")[0];

        Assert.Equal("none", action.GetProperty("associatedInputs").GetString());
        Assert.Equal("1", action.GetProperty("data").GetProperty("id").GetString());
    }

    [Fact]
    public void AddInput_WithError_PutsTheMessageRightUnderTheInput()
    {
        var elements = new List<AdaptiveElement>();
        var errors = new Dictionary<string, string> { ["date"] = "Date manquante" };

        CardParts.AddInput(elements, errors, new AdaptiveDateInput { Id = "date", Label = "Date" });
        CardParts.AddInput(elements, errors, new AdaptiveTextInput { Id = "lieu", Label = "Lieu" });

        Assert.Collection(
            elements,
            e => Assert.IsType<AdaptiveDateInput>(e),
            e => Assert.Equal("Date manquante", Assert.IsType<AdaptiveTextBlock>(e).Text),
            e => Assert.IsType<AdaptiveTextInput>(e));
    }

    [Fact]
    public void Notice_WithoutText_AddsNothing()
    {
        Assert.Empty(CardParts.Notice(null));
        Assert.Empty(CardParts.Problems("Problèmes", []));
    }

    [Theory]
    [InlineData("2. Accompagnement", "2.\u00A0Accompagnement")]
    [InlineData("Chantiers :\n5. NPNRU\n 6. Copropriétés", "Chantiers :\n5.\u00A0NPNRU\n 6.\u00A0Copropriétés")]
    [InlineData("Le 2. n’est pas en tête", "Le 2. n’est pas en tête")]
    [InlineData("2.5 logements", "2.5 logements")]
    public void Text_LineStartingWithANumberAndADot_IsNotAMarkdownList(string text, string shown)
    {
        Assert.Equal(shown, CardParts.Text(text).Text);
        Assert.Equal(shown, CardParts.Subtle(text).Text);
    }

    [Theory]
    [InlineData(AdaptiveTextColor.Good, "good")]
    [InlineData(AdaptiveTextColor.Warning, "warning")]
    [InlineData(AdaptiveTextColor.Attention, "attention")]
    public void Banner_Serialized_TintsTheBackgroundAndKeepsTheThemesTextColour(AdaptiveTextColor tone, string style)
    {
        var banner = Json(CardParts.Banner("Réunion planifiée.", tone));

        Assert.Equal(style, banner.GetProperty("style").GetString());
        var text = banner.GetProperty("items")[0];
        Assert.Equal("Réunion planifiée.", text.GetProperty("text").GetString());
        Assert.False(text.TryGetProperty("color", out _));
    }

    [Fact]
    public async Task EveryPart_InACard_PassesTheOfficialParser()
    {
        var card = CardParts.Card(
            [
                CardParts.Title("Titre"),
                CardParts.Subtle("Sous-titre"),
                CardParts.Heading("Rubrique"),
                CardParts.Text("Texte", AdaptiveTextColor.Warning),
                CardParts.Banner("Enregistré", AdaptiveTextColor.Good),
                CardParts.Bullet("Point\n- sous-point"),
                .. CardParts.Sections([[CardParts.Text("Section")], []]),
                .. CardParts.Notice("C’est fait."),
                .. CardParts.Problems("À corriger :", ["la date"]),
                CardParts.Warning(CardParts.Text("Attention")),
                CardParts.FieldError("Obligatoire"),
            ],
            [CardParts.Button("Enregistrer", "save", new JsonObject { ["id"] = "1" }, AdaptiveActionStyle.Positive), CardParts.Navigate("Retour", "list")],
            "Titre");

        var result = await new AdaptiveCardValidator().ValidateAsync(new Dictionary<string, string> { ["kit"] = AdaptiveCardJson.Serialize(card) });

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }
}
