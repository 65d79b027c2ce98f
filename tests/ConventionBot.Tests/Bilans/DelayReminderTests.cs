using System.Text.Json;
using ConventionBot.Bilans;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Bilans;

/// <summary>A granted delay through the real scheduler on a fake clock: admins told, then the chantier's reminders follow its new date only.</summary>
public sealed class DelayReminderTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync(new DateTimeOffset(2024, 1, 2, 8, 0, 0, TimeSpan.Zero));
        await _app.SubscribePartyChannelsAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Grant_FromTheAdminsChannel_RemindsForTheNewDateAndNoneGoesForTheOldOne()
    {
        await BilanSteps.OpenCampaignAsync(_app, "2024-01-31");
        await _app.ClickAsync(TestUser.Alice, await _app.SayAsync(TestUser.Alice, "bilan 2023 1"), "bilan.save", BilanSteps.Inputs("Brouillon PLH"));
        var before = _app.Connector.Calls.Count;
        var asked = await DelaySteps.AskAsync(_app, TestUser.Alice, 1, "2024-02-29", "Données PLH attendues");
        var toAdmins = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.MetropoleChannel.ConversationId);
        var request = JsonSerializer.SerializeToElement(toAdmins.Activity.Attachments![0].Content);
        await _app.ClickAsync(TestUser.MetropoleChannel, request, "bilan.delayGrant", DelaySteps.Decision("2024-02-29"));
        await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        var granted = _app.Connector.Calls.Count;

        await _app.MoveToAsync(new DateTimeOffset(2024, 2, 10, 8, 0, 30, TimeSpan.Zero)); // the old J-N, escalation, J+3 and J+10
        await _app.WaitForAsync(granted, c => c.Kind == "send" && c.ConversationId == TestUser.ArHlmChannel.ConversationId
            && CardJson.Texts(c.Activity.Attachments![0].Content!.ToString()!).Contains("(J+10)", StringComparison.Ordinal));
        var oldDateSends = _app.Connector.Calls.Skip(granted).Count(c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        var afterOld = _app.Connector.Calls.Count;
        await _app.MoveToAsync(new DateTimeOffset(2024, 2, 15, 8, 0, 30, TimeSpan.Zero)); // J-14 of the new date
        var reminder = await _app.WaitForAsync(afterOld, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        // Then J-7, J-1 and, after the new date, the overdue J+3.
        foreach (var (month, day, label) in new[] { (2, 22, "(J-7)"), (2, 28, "(J-1)"), (3, 3, "(J+3)") })
        {
            var count = _app.Connector.Calls.Count;
            await _app.MoveToAsync(new DateTimeOffset(2024, month, day, 8, 0, 30, TimeSpan.Zero));
            await _app.WaitForAsync(count, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId
                && CardJson.Texts(c.Activity.Attachments![0].Content!.ToString()!).Contains(label, StringComparison.Ordinal));
        }

        Assert.Contains("Demande de délai envoyée à la Métropole", CardJson.Texts(asked), StringComparison.Ordinal);
        Assert.Contains("Données PLH attendues", CardJson.Texts(request), StringComparison.Ordinal);
        Assert.Equal(0, oldDateSends);
        var reminderText = CardJson.Texts(reminder.Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("(J-14)", reminderText, StringComparison.Ordinal);
        Assert.Contains("jeudi 29 février 2024", reminderText, StringComparison.Ordinal);
        Assert.Contains("1. PLH métropolitain — Brouillon", reminderText, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanChantier_NewDate_RemindsBeforeAndAfterItUnderKeysApartFromTheCampaigns()
    {
        var plan = BilanReminderPlanner.PlanChantier("amp-arhlm-2022-2024", 2023, 1, new DateOnly(2024, 2, 29), new BilansOptions()).ToList();

        Assert.Equal(new DateTimeOffset(2024, 2, 15, 8, 0, 0, TimeSpan.Zero), plan[0].DueAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 3, 8, 0, 0, TimeSpan.Zero), plan[3].DueAt);
        Assert.All(plan, n => Assert.StartsWith("bilan-extension:amp-arhlm-2022-2024:2023:1:2024-02-29:", n.Key, StringComparison.Ordinal));
        Assert.All(plan, n => Assert.Equal(BilanReminderPlanner.ReminderKind, n.Kind));
        Assert.Equal(5, plan.Count);
    }
}
