using System.Text.Json;

namespace ConventionBot.Tests.Bilans;

/// <summary>The steps of a delay request, done the way users do them.</summary>
public static class DelaySteps
{
    /// <summary>The user opens the chantier's card, then the delay form, and sends it; returns the answer.</summary>
    public static async Task<JsonElement> AskAsync(BilanApp app, TestUser user, int chantier, string date, string reason)
    {
        var card = await app.SayAsync(user, $"bilan 2023 {chantier}");
        var form = await app.ClickAsync(user, card, "bilan.delayForm");
        return await app.ClickAsync(user, form, "bilan.delayAsk", new Dictionary<string, string> { ["delayDate"] = date, ["delayReason"] = reason });
    }

    /// <summary>The admin opens the campaign overview and the chantier's waiting request; returns the request card.</summary>
    public static async Task<JsonElement> ReviewAsync(BilanApp app, int chantier)
    {
        var campaign = await app.SayAsync(TestUser.Admin, "bilan 2023");
        var data = CardJson.ActionData(campaign, "bilan.delayReview");
        Assert.Equal(chantier, (int)data["chantier"]!);
        return await app.ClickAsync(TestUser.Admin, campaign, "bilan.delayReview");
    }

    public static Dictionary<string, string> Decision(string date, string comment = "") =>
        new() { ["delayDate"] = date, ["delayComment"] = comment };
}
