using System.Text.Json;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.BotFramework.Tests.AdaptiveCards;

public sealed class AdaptiveCardJsonTests
{
    [Fact]
    public void Serialize_EmptyCard_WritesOnlyTypeAndVersion()
    {
        var json = AdaptiveCardJson.Serialize(new AdaptiveCard());

        Assert.Equal("""{"type":"AdaptiveCard","version":"1.5"}""", json);
    }

    [Fact]
    public void Serialize_TextBlockWithDefaults_OmitsNullsFalseAndEmptyLists()
    {
        var card = new AdaptiveCard { Body = [new AdaptiveTextBlock { Text = "Bonjour" }], Actions = [] };

        var json = AdaptiveCardJson.Serialize(card);

        Assert.Equal("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Bonjour"}]}""", json);
    }

    [Fact]
    public void Serialize_StyledTextBlock_WritesEnumsAsCamelCaseStrings()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new AdaptiveTextBlock
                {
                    Text = "x", Size = AdaptiveTextSize.ExtraLarge, Weight = AdaptiveTextWeight.Bolder, Color = AdaptiveTextColor.Attention,
                    HorizontalAlignment = AdaptiveHorizontalAlignment.Right, Spacing = AdaptiveSpacing.None, Wrap = true, MaxLines = 3,
                },
            ],
        };

        var block = AdaptiveCardJson.ToJsonElement(card).GetProperty("body")[0];

        Assert.Equal("extraLarge", block.GetProperty("size").GetString());
        Assert.Equal("bolder", block.GetProperty("weight").GetString());
        Assert.Equal("attention", block.GetProperty("color").GetString());
        Assert.Equal("right", block.GetProperty("horizontalAlignment").GetString());
        Assert.Equal("none", block.GetProperty("spacing").GetString());
        Assert.True(block.GetProperty("wrap").GetBoolean());
        Assert.Equal(3, block.GetProperty("maxLines").GetInt32());
    }

    [Fact]
    public void Serialize_EveryElementAndAction_WritesSchemaTypeDiscriminators()
    {
        var json = string.Concat(CardGallery.All.Values.Select(card => AdaptiveCardJson.Serialize(card)));

        string[] expected =
        [
            "TextBlock", "RichTextBlock", "TextRun", "Image", "Container", "ColumnSet", "Column", "FactSet", "ActionSet",
            "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.ChoiceSet", "Input.Toggle",
            "Action.Execute", "Action.Submit", "Action.OpenUrl", "Action.ShowCard",
        ];
        Assert.All(expected, type => Assert.Contains($"\"type\":\"{type}\"", json, StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_MsTeamsFullWidth_WritesMsteamsExtension()
    {
        var card = new AdaptiveCard { MsTeams = new AdaptiveMsTeams { Width = AdaptiveMsTeams.FullWidth } };

        var json = AdaptiveCardJson.Serialize(card);

        Assert.Equal("""{"type":"AdaptiveCard","version":"1.5","msteams":{"width":"Full"}}""", json);
    }

    [Fact]
    public void Serialize_Refresh_WritesTypedExecuteActionAndUserIds()
    {
        var card = new AdaptiveCard
        {
            Refresh = new AdaptiveRefresh { Action = new AdaptiveExecuteAction { Verb = "refresh", FallbackToSubmit = false }, UserIds = ["29:1a"] },
        };

        var refresh = AdaptiveCardJson.ToJsonElement(card).GetProperty("refresh").GetRawText();

        Assert.Equal("""{"action":{"type":"Action.Execute","verb":"refresh"},"userIds":["29:1a"]}""", refresh);
    }

    [Fact]
    public void Serialize_FrenchText_KeepsAccentsUnescaped()
    {
        var card = new AdaptiveCard { Body = [new AdaptiveTextBlock { Text = "Échéance dépassée" }] };

        var json = AdaptiveCardJson.Serialize(card);

        Assert.Contains("Échéance dépassée", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonElement_AnyCard_MatchesSerialize()
    {
        var card = CardGallery.All["inputs"];

        var element = AdaptiveCardJson.ToJsonElement(card);

        Assert.Equal(AdaptiveCardJson.Serialize(card), JsonSerializer.Serialize(element, AdaptiveCardJson.Options));
    }

    [Fact]
    public void ContentType_IsAdaptiveCardMediaType()
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCard.ContentType);
    }
}
