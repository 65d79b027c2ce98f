using System.Text.Json;
using System.Text.Json.Nodes;
using ConventionBot.Conventions;
using ConventionBot.Calendar;
using ConventionBot.Exports;
using ConventionBot.Journal;
using ConventionBot.Meetings;
using Microsoft.Extensions.DependencyInjection;
using static ConventionBot.Tests.Meetings.MeetingFixtures;
using static ConventionBot.Tests.Meetings.MeetingsEndToEndTests;

namespace ConventionBot.Tests.Meetings;

/// <summary>Past meetings recorded after the fact (<c>consigner</c>), edited, and their attendance: end to end, clock on 4 March 2024.</summary>
public sealed class MeetingsPastTests : IAsyncLifetime
{
    private MeetingsApp _app = null!;

    public async Task InitializeAsync() => _app = await MeetingsApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Record_A2023Cotech_CountsForTheYearAndTheYearDocumentListsItsAttendance()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        var form = CardText.Of(CardText.CardOf((await _app.SayAsync(MeetingsApp.Admin, "consigner")).Activity));
        var recorded = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Record, Form("2023-11-14"));
        var save = recorded.DataOf(MeetingVerbs.SaveFollowUp);
        save["minutes"] = "Point d’étape des chantiers.";
        save["others"] = "Louis Durand\nMarie Curie, Paul Dupont";
        var saved = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.SaveFollowUp, save);

        Assert.Contains("Consigner une réunion passée", form, StringComparison.Ordinal);
        Assert.Contains("Réunion consignée comme tenue.", recorded.Text, StringComparison.Ordinal);
        Assert.Contains("Suivi\u00A0: COTECH du mardi 14 novembre 2023", recorded.Text, StringComparison.Ordinal);
        Assert.Contains("Participants (3)\nLouis Durand, Marie Curie, Paul Dupont", saved.Text, StringComparison.Ordinal);
        var convention = CardText.Of(CardText.CardOf((await _app.SayAsync(MeetingsApp.Admin, "convention")).Activity));
        Assert.Contains("2023\nCOPIL 0/1 ⚠, COTECH 1/2 ⚠", convention, StringComparison.Ordinal);
        var chantier = CardText.Of(CardText.CardOf((await _app.SayAsync(MeetingsApp.Admin, "chantier 5")).Activity));
        Assert.Contains("14/11/2023\nCOTECH", chantier, StringComparison.Ordinal);
        var html = await YearDocumentAsync(2023);
        Assert.Contains("<strong>COTECH</strong> — mardi 14 novembre 2023", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"participants\">Participants (3)&#xA0;: Louis Durand, Marie Curie, Paul Dupont</p>", html, StringComparison.Ordinal);
        await _app.SettleAsync();
        Assert.Empty(_app.Sent); // a past meeting is announced to nobody, and has no reminder
        var journal = await _app.Services.GetRequiredService<AuditJournal>().ListAsync(null, 2023, default);
        Assert.Equal(
            ["COTECH du 14/11/2023 | consignée après coup (réunion passée)", "COTECH du 14/11/2023 | compte-rendu enregistré : 3 participants, 0 action de suivi"],
            journal.Select(e => $"{e.Subject} | {e.Summary}"));
        Assert.All(journal, e => Assert.Equal(MeetingsApp.Admin.AadObjectId, e.ActorId));
    }

    [Fact]
    public async Task Record_ByANonAdminInTheFutureOrWithBadInput_IsRefusedInFrenchAndStoresNothing()
    {
        var typed = await _app.SayAsync(MeetingsApp.Member, "consigner");
        var clicked = await _app.ClickAsync(MeetingsApp.Member, MeetingVerbs.Record, Form("2023-11-14"));
        var future = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Record, Form("2024-04-02"));
        var bad = Form("31/13/2023");
        bad.Remove("instance");
        var invalid = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Record, bad);
        var laterToday = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Record, Form("2024-03-04", time: "15:00"));

        Assert.Equal(MeetingTexts.AdminOnly(Language.French), typed.Activity.Text);
        Assert.Equal(MeetingTexts.AdminOnly(Language.French), clicked.Message);
        Assert.Contains("Cette date est à venir\u00A0: seule une réunion déjà tenue se consigne ici.", future.Text, StringComparison.Ordinal);
        Assert.Contains("Indiquez l’instance.", invalid.Text, StringComparison.Ordinal);
        Assert.Contains("Date illisible\u00A0: «\u00A031/13/2023\u00A0»", invalid.Text, StringComparison.Ordinal);
        Assert.Contains("Salle du conseil", invalid.Text, StringComparison.Ordinal);
        Assert.Contains("Cette heure n’est pas encore passée", laterToday.Text, StringComparison.Ordinal);
        var list = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.List, []);
        Assert.Contains("Aucune réunion passée.", list.Text, StringComparison.Ordinal);
        Assert.Contains("Consigner une réunion passée", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditRecorded_ThenAStaleEdit_ShowsTheLatestAndKeepsTheTypedValuesAndAnnouncesNothing()
    {
        await _app.SayAsync(MeetingsApp.Member, "abonner");
        var recorded = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Record, Form("2023-11-14"));
        var meetingId = recorded.DataOf(MeetingVerbs.SaveFollowUp)["meetingId"]!.GetValue<string>();
        var editForm = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Edit, new JsonObject { ["meetingId"] = meetingId });
        var update = editForm.DataOf(MeetingVerbs.Update);

        var first = Merge(Form("2023-11-21", instance: "COPIL"), update);
        var saved = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, first);
        var stale = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, Merge(Form("2023-11-28", location: "Salle B"), update));
        var future = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, Merge(Form("2024-05-28"), stale.DataOf(MeetingVerbs.Update)));

        Assert.Contains("Réunion passée modifiée. Personne n’a été prévenu.", saved.Text, StringComparison.Ordinal);
        Assert.Contains("COPIL — mardi 21 novembre 2023", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Quelqu’un a modifié cette réunion pendant que vous la modifiiez", stale.Text, StringComparison.Ordinal);
        Assert.Contains("Salle B", stale.Text, StringComparison.Ordinal);
        Assert.Contains("Cette date est à venir", future.Text, StringComparison.Ordinal);
        var convention = CardText.Of(CardText.CardOf((await _app.SayAsync(MeetingsApp.Admin, "convention")).Activity));
        Assert.Contains("2023\nCOPIL 1/1 ✔, COTECH 0/2 ⚠", convention, StringComparison.Ordinal);
        await _app.SettleAsync();
        Assert.Empty(_app.Sent);
    }

    [Fact]
    public async Task FollowUp_AttendancePrefilledFromTheAnswers_IsCorrectedAndKept()
    {
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-03-05"));
        var list = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.List, []);
        var meetingId = list.DataOf(MeetingVerbs.Edit)["meetingId"]!.GetValue<string>();
        await _app.ClickAsync(MeetingsApp.Member, MeetingVerbs.Rsvp, new JsonObject { ["meetingId"] = meetingId, ["answer"] = "yes", ["view"] = "list" });
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Rsvp, new JsonObject { ["meetingId"] = meetingId, ["answer"] = "no", ["view"] = "list" });
        await _app.MoveToAsync(Utc(2024, 3, 5, 10));

        var prefilled = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.FollowUp, new JsonObject { ["meetingId"] = meetingId });
        var save = prefilled.DataOf(MeetingVerbs.SaveFollowUp);
        save["attendees"] = MeetingsApp.Admin.AadObjectId;
        save["others"] = "Marie Curie";
        var saved = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.SaveFollowUp, save);
        var reopened = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.FollowUp, new JsonObject { ["meetingId"] = meetingId });

        Assert.Equal(MeetingsApp.Member.AadObjectId, InputValue(prefilled.Card, "attendees"));
        Assert.Contains("Louis Durand (a répondu\u00A0: participe)", prefilled.Text, StringComparison.Ordinal);
        Assert.Contains("Participants (2)\nCamille Martin, Marie Curie", saved.Text, StringComparison.Ordinal);
        Assert.Equal(MeetingsApp.Admin.AadObjectId, InputValue(reopened.Card, "attendees"));
        Assert.Equal("Marie Curie", InputValue(reopened.Card, "others"));
    }

    private async Task<string> YearDocumentAsync(int year)
    {
        var convention = _app.Services.GetRequiredService<ConventionCatalog>().Default;
        var bilan = await _app.Services.GetRequiredService<ConsolidatedBilanBuilder>().BuildAsync(convention, year, default);
        return BilanHtmlDocument.Write(bilan);
    }

    private static JsonObject Merge(JsonObject form, JsonObject buttonData)
    {
        foreach (var (name, value) in buttonData)
        {
            form[name] = value?.DeepClone();
        }
        return form;
    }

    private static string? InputValue(JsonElement element, string id)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out var found) && found.GetString() == id)
            {
                return element.TryGetProperty("value", out var value) ? value.GetString() : null;
            }
            return element.EnumerateObject().Select(p => InputValue(p.Value, id)).FirstOrDefault(v => v is not null);
        }
        return element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(e => InputValue(e, id)).FirstOrDefault(v => v is not null) : null;
    }
}
