using System.Text.Json.Nodes;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Meetings;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ConventionBot.Tests.Meetings.MeetingFixtures;
using static ConventionBot.Tests.Meetings.MeetingsEndToEndTests;

namespace ConventionBot.Tests.Meetings;

/// <summary>Answers, follow-up, governance record and alerts, access: end to end, like <see cref="MeetingsEndToEndTests"/>.</summary>
public sealed class MeetingsFollowUpTests : IAsyncLifetime
{
    private MeetingsApp _app = null!;

    public async Task InitializeAsync() => _app = await MeetingsApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Rsvp_FromTheNotice_ShowsEachAnswerAndOnlyTheOrganiserSideSeesWhoAnswered()
    {
        await _app.SayAsync(MeetingsApp.Member, "abonner");
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-04-02"));
        var notice = (await _app.WaitForSentAsync(1))[0];
        var yes = CardText.DataOf(CardText.CardOf(notice.Activity), MeetingVerbs.Rsvp);
        var meetingId = yes["meetingId"]!.GetValue<string>();

        var memberAnswer = await _app.ClickAsync(MeetingsApp.Member, MeetingVerbs.Rsvp, yes);
        var adminAnswer = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Rsvp, new JsonObject { ["meetingId"] = meetingId, ["answer"] = "no", ["view"] = "list" });
        var participants = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Participants, new JsonObject { ["meetingId"] = meetingId });
        var refused = await _app.ClickAsync(MeetingsApp.Member, MeetingVerbs.Participants, new JsonObject { ["meetingId"] = meetingId });

        Assert.Contains("Votre réponse\u00A0: vous participez.", memberAnswer.Text, StringComparison.Ordinal);
        Assert.Contains("Nouvelle réunion\u00A0: COTECH", memberAnswer.Text, StringComparison.Ordinal);
        Assert.Contains("Votre réponse\u00A0: vous ne participez pas.", adminAnswer.Text, StringComparison.Ordinal);
        Assert.Contains("Réponses\u00A0: 1 oui, 1 non", adminAnswer.Text, StringComparison.Ordinal);
        Assert.Contains("Participent (1)\nLouis Durand\nNe participent pas (1)\nCamille Martin", participants.Text, StringComparison.Ordinal);
        Assert.Equal(MeetingTexts.AdminOnly(Language.French), refused.Message);
    }

    [Fact]
    public async Task ScheduleAndPlanifier_ByANonAdmin_AreRefusedAndABadFormKeepsTheEntries()
    {
        var typed = await _app.SayAsync(MeetingsApp.Member, "planifier");
        var clicked = await _app.ClickAsync(MeetingsApp.Member, MeetingVerbs.Schedule, Form("2024-04-02"));
        var bad = Form("30/02/2024");
        bad["duration"] = "5";
        var invalid = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, bad);

        Assert.Equal(MeetingTexts.AdminOnly(Language.French), typed.Activity.Text);
        Assert.Equal(MeetingTexts.AdminOnly(Language.French), clicked.Message);
        Assert.Contains("Date illisible\u00A0: «\u00A030/02/2024\u00A0»", invalid.Text, StringComparison.Ordinal);
        Assert.Contains("La durée doit être comprise entre 15 minutes et 10 heures.", invalid.Text, StringComparison.Ordinal);
        Assert.Contains("Salle du conseil", invalid.Text, StringComparison.Ordinal);
        Assert.DoesNotContain((await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.List, [])).Text.Split('\n'), l => l.StartsWith("COTECH —", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FollowUp_RecordedAfterTheMeeting_CountsItAsHeldAndChasesItsActionsBeforeTheNextOne()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-03-05"));
        await _app.WaitForSentAsync(1); // the notice, before time moves past the meeting
        await _app.MoveToAsync(Utc(2024, 3, 5, 10));
        var followUpCard = CardText.CardOf((await _app.WaitForSentAsync(2))[^1].Activity);
        var save = CardText.DataOf(followUpCard, MeetingVerbs.SaveFollowUp);
        save["minutes"] = "Tour de table des chantiers.";
        save["decisions"] = "Le COPIL aura lieu en avril.";
        save["new-text-0"] = "Préparer le COPIL";
        save["new-owner-0"] = "Louis Durand";
        save["new-due-0"] = "2024-03-20";
        save["new-text-1"] = "Relancer les bailleurs";

        var invalid = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.SaveFollowUp, save.DeepClone().AsObject());
        save.Remove("new-text-1");
        var saved = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.SaveFollowUp, save);

        Assert.Contains("Indiquez qui porte cette action.", invalid.Text, StringComparison.Ordinal);
        Assert.Contains("Tour de table des chantiers.", invalid.Text, StringComparison.Ordinal);
        Assert.Contains("Suivi enregistré.", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Préparer le COPIL — Louis Durand, pour le 20/03/2024", saved.Text, StringComparison.Ordinal);
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-04-02"));
        await _app.WaitForSentAsync(3);
        await _app.MoveToAsync(Utc(2024, 3, 19, 9));
        var onTime = CardText.Of(CardText.CardOf((await _app.WaitForSentAsync(4))[^1].Activity));
        await _app.MoveToAsync(Utc(2024, 3, 26, 9));
        var late = CardText.Of(CardText.CardOf((await _app.WaitForSentAsync(5))[^1].Activity));
        Assert.Contains("Rappel\u00A0: COTECH dans 14 jours", onTime, StringComparison.Ordinal);
        Assert.Contains("Préparer le COPIL — Louis Durand, pour le 20/03/2024\n", onTime + "\n", StringComparison.Ordinal);
        Assert.Contains("Préparer le COPIL — Louis Durand, pour le 20/03/2024 ⚠ en retard", late, StringComparison.Ordinal);
        var list = await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.List, []);
        Assert.Contains("Compte-rendu enregistré", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Governance_NoCotechBy30June_AlertsOnlyAdminsWhileMeetingsPlannedSilenceTheNextCheckpoint()
    {
        await _app.SayAsync(MeetingsApp.Admin, "abonner");
        await _app.SayAsync(MeetingsApp.Member, "abonner");
        var report = _app.Services.GetServices<IConventionReport>().OfType<MeetingsReport>().Single();
        var convention = _app.Services.GetRequiredService<ConventionCatalog>().Default;

        await _app.MoveToAsync(Utc(2024, 6, 28, 6, 59));
        Assert.Empty(Alerts());
        await _app.MoveToAsync(Utc(2024, 6, 28, 7));
        await WaitForAlertsAsync(1);
        Assert.Equal(MeetingsApp.Admin.Chat, Assert.Single(Alerts()).ConversationId);
        Assert.Contains("Gouvernance 2024\u00A0: pas assez de COTECH", CardText.Of(CardText.CardOf(Alerts()[0].Activity)), StringComparison.Ordinal);

        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-07-09"));
        await _app.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-09-10"));
        await _app.MoveToAsync(Utc(2024, 9, 30, 7));
        await _app.MoveToAsync(Utc(2024, 10, 31, 8));
        await WaitForAlertsAsync(2);
        Assert.Contains("Gouvernance 2024\u00A0: pas assez de COPIL", CardText.Of(CardText.CardOf(Alerts()[1].Activity)), StringComparison.Ordinal);
        var section = await report.ConventionSectionAsync(convention, Language.French, default);
        Assert.Contains("COPIL 0/1 ⚠, COTECH 2/2 ✔", CardText.Of(System.Text.Json.JsonSerializer.SerializeToElement(section, ConventionBot.BotFramework.AdaptiveCards.AdaptiveCardJson.Options)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_WithAMeetingPlanned_SendsEachReminderOnce()
    {
        var prefix = TestStorage.UniquePrefix();
        await using (var first = await MeetingsApp.StartAsync(new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix }))
        {
            await first.SayAsync(MeetingsApp.Admin, "abonner");
            await first.ClickAsync(MeetingsApp.Admin, MeetingVerbs.Schedule, Form("2024-04-02"));
            await first.WaitForSentAsync(1);
            await first.SettleAsync(); // the notice's delivery recorded as sent before the app stops
        }
        await using var second = await MeetingsApp.StartAsync(new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix });
        await second.SayAsync(MeetingsApp.Admin, "abonner"); // the new fake connector's address replaces the old one

        await second.MoveToAsync(Utc(2024, 3, 19, 9));
        await second.WaitForSentAsync(1);
        await second.MoveToAsync(Utc(2024, 3, 19, 9, 30));

        var reminder = Assert.Single(second.Sent);
        Assert.Contains("Rappel\u00A0: COTECH dans 14 jours", CardText.Of(CardText.CardOf(reminder.Activity)), StringComparison.Ordinal);
    }

    private List<ConnectorCall> Alerts() =>
        [.. _app.Sent.Where(c => CardText.Of(CardText.CardOf(c.Activity)).Contains("Gouvernance 2024", StringComparison.Ordinal))];

    private async Task WaitForAlertsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (Alerts().Count < count)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
