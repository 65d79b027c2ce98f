using System.Text.Json.Nodes;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Meetings;
using ConventionBot.Tests.Infrastructure;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

/// <summary>Meetings scheduled from the card, through /api/messages, with the real scheduler, Azurite and a fake connector.</summary>
public sealed class MeetingsEndToEndTests : IAsyncLifetime
{
    private MeetingsApp _app = null!;

    public async Task InitializeAsync() => _app = await MeetingsApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    internal static JsonObject Form(string date, string time = "10:00", string instance = "COTECH", string location = "Salle du conseil") => new()
    {
        ["instance"] = instance, ["date"] = date, ["time"] = time, ["duration"] = "60",
        ["location"] = location, ["agenda"] = "Bilan des chantiers", ["chantiers"] = "1,5",
    };

    [Fact]
    public async Task Schedule_FromTheCard_TellsSubscribersThenRemindsAtJ14J7AndTheWorkingDayBeforeThenAsksForTheFollowUp()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        await _app.SayAsync(MeetingsApp.Member, "abonner");

        // Tuesday 2 April 2024 at 10:00 (summer time); Monday 1 April is Easter Monday.
        var answer = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-04-02"));

        Assert.Contains("Réunion planifiée", answer.Text, StringComparison.Ordinal);
        Assert.Contains("- mardi 19 mars 2024 à 10\u00a0h\u00a000\n- mardi 26 mars 2024 à 10\u00a0h\u00a000\n- vendredi 29 mars 2024 à 10\u00a0h\u00a000", answer.Text, StringComparison.Ordinal);
        var notices = await _app.WaitForSentAsync(2);
        Assert.All(notices, n => Assert.Contains("Nouvelle réunion\u00A0: COTECH, dans 29 jours", CardText.Of(CardText.CardOf(n.Activity)), StringComparison.Ordinal));
        Assert.Equal([MeetingsApp.Admin.Chat, MeetingsApp.Member.Chat], notices.Select(n => n.ConversationId).Order(StringComparer.Ordinal));

        await _app.MoveToAsync(Utc(2024, 3, 19, 8, 59));
        Assert.Equal(2, _app.Sent.Count);
        await _app.MoveToAsync(Utc(2024, 3, 19, 9));
        AssertLastSent(await _app.WaitForSentAsync(4), 2, "Rappel\u00A0: COTECH dans 14 jours");
        await _app.MoveToAsync(Utc(2024, 3, 26, 9));
        AssertLastSent(await _app.WaitForSentAsync(6), 2, "Rappel\u00A0: COTECH dans 7 jours");
        await _app.MoveToAsync(Utc(2024, 3, 28, 9));
        Assert.Equal(6, _app.Sent.Count);
        await _app.MoveToAsync(Utc(2024, 3, 29, 9));
        var reminders = await _app.WaitForSentAsync(8);
        AssertLastSent(reminders, 2, "Rappel\u00A0: COTECH dans 4 jours");

        await _app.MoveToAsync(Utc(2024, 4, 2, 9));
        var followUp = (await _app.WaitForSentAsync(9))[^1];
        Assert.Equal(MeetingsApp.Admin.Chat, followUp.ConversationId);
        Assert.Contains("Suivi\u00A0: COTECH du mardi 2 avril 2024", CardText.Of(CardText.CardOf(followUp.Activity)), StringComparison.Ordinal);
        var parsed = await new AdaptiveCardValidator().ValidateAsync(new Dictionary<string, string>
        {
            ["confirmation"] = answer.Card.GetRawText(),
            ["reminder"] = CardText.CardOf(reminders[^1].Activity).GetRawText(),
            ["follow-up"] = CardText.CardOf(followUp.Activity).GetRawText(),
        });
        Assert.True(parsed.ExitCode == 0, parsed.StandardOutput + parsed.StandardError);
    }

    [Fact]
    public async Task Update_NewDate_MovesTheRemindersAndTellsSubscribers()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-04-02"));
        var meetingId = MeetingIdOf((await _app.WaitForSentAsync(1))[0]);
        var editForm = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Edit, new JsonObject { ["meetingId"] = meetingId });

        var update = Form("2024-04-09");
        update["meetingId"] = meetingId;
        update["etag"] = editForm.DataOf(MeetingVerbs.Update)["etag"]!.GetValue<string>();
        var answer = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, update);

        Assert.Contains("Réunion modifiée", answer.Text, StringComparison.Ordinal);
        Assert.Contains("- mardi 26 mars 2024 à 10\u00a0h\u00a000\n- mardi 2 avril 2024 à 10\u00a0h\u00a000\n- lundi 8 avril 2024 à 10\u00a0h\u00a000", answer.Text, StringComparison.Ordinal);
        AssertLastSent(await _app.WaitForSentAsync(2), 1, "Réunion modifiée\u00A0: COTECH, dans 36 jours");
        await _app.MoveToAsync(Utc(2024, 3, 19, 9));
        Assert.Equal(2, _app.Sent.Count);
        await _app.MoveToAsync(Utc(2024, 3, 26, 9));
        AssertLastSent(await _app.WaitForSentAsync(3), 1, "Rappel\u00A0: COTECH dans 14 jours");
    }

    [Fact]
    public async Task ConfirmCancel_TellsSubscribersAndNothingElseIsEverSent()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-04-02"));
        var meetingId = MeetingIdOf((await _app.WaitForSentAsync(1))[0]);

        var confirm = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Cancel, new JsonObject { ["meetingId"] = meetingId });
        var answer = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.ConfirmCancel, confirm.DataOf(MeetingVerbs.ConfirmCancel));

        Assert.Contains("Réunion annulée", answer.Text, StringComparison.Ordinal);
        AssertLastSent(await _app.WaitForSentAsync(2), 1, "Réunion annulée\u00A0: COTECH");
        await _app.MoveToAsync(Utc(2024, 4, 3, 9));
        Assert.Equal(2, _app.Sent.Count);
        var list = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.List, []);
        Assert.Contains("Aucune réunion à venir.", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithTheETagOfAnOlderVersion_IsRefusedShowingTheLatestAndKeepingTheEntries()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-04-02"));
        var meetingId = MeetingIdOf((await _app.WaitForSentAsync(1))[0]);
        var opened = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Edit, new JsonObject { ["meetingId"] = meetingId });
        var seen = opened.DataOf(MeetingVerbs.Update);
        var first = Form("2024-04-02", location: "Salle A");
        first["meetingId"] = meetingId;
        first["etag"] = seen["etag"]!.GetValue<string>();
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, first);

        var second = Form("2024-04-02", location: "Salle B");
        second["meetingId"] = meetingId;
        second["etag"] = seen["etag"]!.GetValue<string>();
        var refused = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, second);

        Assert.Contains(MeetingTexts.Stale(ConventionBot.Calendar.Language.French), refused.Text, StringComparison.Ordinal);
        Assert.Contains("Salle A", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Salle B", refused.Text, StringComparison.Ordinal);
        var retry = refused.DataOf(MeetingVerbs.Update);
        Assert.NotEqual(seen["etag"]!.GetValue<string>(), retry["etag"]!.GetValue<string>());
        second["etag"] = retry["etag"]!.GetValue<string>();
        var saved = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Update, second);
        Assert.Contains("Salle B", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Réunion modifiée", saved.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_TenMinutesAheadWithMinuteOffsets_RemindsThoseMinutesBefore()
    {
        await using var quick = await MeetingsApp.StartAsync(new Dictionary<string, string?>
        {
            ["Reminders:Offsets:0"] = "00:05:00",
            ["Reminders:Offsets:1"] = "00:02:00",
        });
        await quick.SayAsync(MeetingsApp.Admin, "abonner");

        var answer = await quick.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-03-04", time: "10:10"));
        await quick.WaitForSentAsync(1);
        await quick.MoveToAsync(Utc(2024, 3, 4, 9, 4).AddSeconds(59));
        Assert.Single(quick.Sent);
        await quick.MoveToAsync(Utc(2024, 3, 4, 9, 5));
        AssertLastSent(await quick.WaitForSentAsync(2), 1, "Rappel\u00A0: COTECH dans 5\u00a0min");
        await quick.MoveToAsync(Utc(2024, 3, 4, 9, 8));
        AssertLastSent(await quick.WaitForSentAsync(3), 1, "Rappel\u00A0: COTECH dans 2\u00a0min");

        Assert.Contains("- lundi 4 mars 2024 à 10\u00a0h\u00a005\n- lundi 4 mars 2024 à 10\u00a0h\u00a008", answer.Text, StringComparison.Ordinal);
    }

    internal static string MeetingIdOf(ConnectorCall call) =>
        CardText.DataOf(CardText.CardOf(call.Activity), MeetingVerbs.Rsvp)["meetingId"]!.GetValue<string>();

    internal static void AssertLastSent(IReadOnlyList<ConnectorCall> sent, int count, string text)
    {
        Assert.All(sent.TakeLast(count), call => Assert.Contains(text, CardText.Of(CardText.CardOf(call.Activity)), StringComparison.Ordinal));
    }
}
