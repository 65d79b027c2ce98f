using System.Text.Json;

namespace ConventionBot.Tests.Bilans;

/// <summary>The usual steps of a bilan scenario, done the way users do them.</summary>
public static class BilanSteps
{
    public const string Deadline = "2027-01-29";

    /// <summary>The admin opens the 2023 campaign with <see cref="Deadline"/>; returns the campaign card.</summary>
    public static async Task<JsonElement> OpenCampaignAsync(BilanApp app, string deadline = Deadline, int year = 2023)
    {
        var card = await app.SayAsync(TestUser.Admin, $"bilan {year}");
        return await app.ClickAsync(TestUser.Admin, card, "bilan.open", new Dictionary<string, string> { ["deadline"] = deadline });
    }

    /// <summary>The user opens the chantier's card and submits it with <paramref name="actions"/>; returns the card.</summary>
    public static async Task<JsonElement> SubmitAsync(BilanApp app, TestUser user, int chantier, string actions, string meetings = "3", int year = 2023)
    {
        var form = await app.SayAsync(user, $"bilan {year} {chantier}");
        return await app.ClickAsync(user, form, "bilan.submit", Inputs(actions, meetings: meetings));
    }

    /// <summary>The form's inputs as a client sends them (every input, as text).</summary>
    public static Dictionary<string, string> Inputs(string actions, string meetings = "", string progress = "InProgress", string modalities = "1,3") => new()
    {
        ["modalities"] = modalities,
        ["actions"] = actions,
        ["figure-meetings"] = meetings,
        ["figure-bailleurs"] = "",
        ["figure-workingGroups"] = "",
        ["figure-publications"] = "",
        ["figure-trainings"] = "",
        ["figure-events"] = "",
        ["difficulties"] = "",
        ["outlook"] = "",
        ["progress"] = progress,
        ["reviewComment"] = "",
    };
}
