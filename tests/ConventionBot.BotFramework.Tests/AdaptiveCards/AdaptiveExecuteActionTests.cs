using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.BotFramework.Tests.AdaptiveCards;

public sealed class AdaptiveExecuteActionTests
{
    [Fact]
    public void Serialize_ExecuteAction_FallsBackToSubmitWithDataAndVerb()
    {
        var action = new AdaptiveExecuteAction
        {
            Verb = "approve", Title = "Approuver", Style = AdaptiveActionStyle.Positive, IsEnabled = false,
            AssociatedInputs = AdaptiveAssociatedInputs.None, Data = new JsonObject { ["conventionId"] = "12" },
        };

        var json = SerializeAction(action);

        var expectedFallback = """{"type":"Action.Submit","data":{"conventionId":"12","verb":"approve"},"associatedInputs":"none","title":"Approuver","style":"positive","isEnabled":false}""";
        Assert.Equal(
            $$"""{"type":"Action.Execute","verb":"approve","data":{"conventionId":"12"},"associatedInputs":"none","title":"Approuver","style":"positive","isEnabled":false,"fallback":{{expectedFallback}}}""",
            json);
    }

    [Fact]
    public void Serialize_ExecuteActionWithoutData_FallbackDataHoldsTheVerb()
    {
        var action = new AdaptiveExecuteAction { Verb = "later" };

        var fallback = JsonDocument.Parse(SerializeAction(action)).RootElement.GetProperty("fallback");

        Assert.Equal("""{"verb":"later"}""", fallback.GetProperty("data").GetRawText());
    }

    [Fact]
    public void Serialize_DataWithVerbKey_FallbackVerbWinsAndOwnDataIsUnchanged()
    {
        var data = new JsonObject { [AdaptiveExecuteAction.FallbackVerbKey] = "stale", ["n"] = 1 };
        var action = new AdaptiveExecuteAction { Verb = "approve", Data = data };

        var root = JsonDocument.Parse(SerializeAction(action)).RootElement;

        Assert.Equal("approve", root.GetProperty("fallback").GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal("stale", root.GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal("stale", (string?)data["verb"]);
    }

    [Fact]
    public void Serialize_FallbackToSubmitOff_WritesNoFallback()
    {
        var action = new AdaptiveExecuteAction { Verb = "approve", FallbackToSubmit = false };

        var json = SerializeAction(action);

        Assert.Equal("""{"type":"Action.Execute","verb":"approve"}""", json);
    }

    private static string SerializeAction(AdaptiveAction action) =>
        AdaptiveCardJson.ToJsonElement(new AdaptiveCard { Actions = [action] }).GetProperty("actions")[0].GetRawText();
}
