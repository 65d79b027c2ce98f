using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Bilans;

/// <summary>
/// Bilan notifications through the real scheduler and dispatcher, on a fake clock: reviews told to contributors,
/// reminders only to those who owe a chantier, escalation to admins after the deadline.
/// </summary>
public sealed class BilanNotificationTests : IAsyncLifetime
{
    private static readonly TestUser ArHlmChannel = TestUser.ArHlmChannel;
    private static readonly TestUser MetropoleChannel = TestUser.MetropoleChannel;
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync(new DateTimeOffset(2024, 1, 2, 8, 0, 0, TimeSpan.Zero));
        await _app.SubscribePartyChannelsAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task RequestChanges_TellsEachContributorWhereTheyWorkedButNotTheReviewer()
    {
        await BilanSteps.OpenCampaignAsync(_app, "2024-01-31");
        await _app.ClickAsync(TestUser.Bob, await _app.SayAsync(TestUser.Bob, "bilan 2023 3"), "bilan.save", BilanSteps.Inputs("Début"));
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 3, "Sensibilisation des élus");
        var before = _app.Connector.Calls.Count;

        await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 3"), "bilan.requestChanges",
            new Dictionary<string, string> { ["reviewComment"] = "Précisez le nombre de communes." });

        var toAlice = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        var toBob = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Bob.ConversationId);
        var text = toAlice.Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("modifications demandées sur le chantier 3. Réforme de la demande et des attributions", text, StringComparison.Ordinal);
        Assert.Contains("Précisez le nombre de communes.", text, StringComparison.Ordinal);
        Assert.NotNull(toBob);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(_app.Connector.Calls.Skip(before), c => c.Kind == "send" && c.ConversationId == TestUser.Admin.ConversationId);
    }

    [Fact]
    public async Task PlhCampaign_RemindsTheCuaChannelOfItsActions_AndNoSubscriberOfTheConvention()
    {
        var cuaChannel = TestUser.Admin with { ConversationId = "19:cua-channel@thread.tacv2", ConversationType = "channel" };
        await _app.SayAsync(cuaChannel, "abonner cua");
        await BilanSteps.OpenCampaignAsync(_app, "2024-01-31", 2016);
        var before = _app.Connector.Calls.Count;

        _app.Clock!.SetUtcNow(new DateTimeOffset(2024, 1, 17, 8, 0, 30, TimeSpan.Zero)); // J-14, 09:00 in Paris
        var toCua = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == cuaChannel.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var text = CardJson.Texts(toCua.Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("Rappel\u00A0: bilan 2016 à rendre (J-14)", text, StringComparison.Ordinal);
        Assert.Contains("PLH d’Arras 2014-2020", text, StringComparison.Ordinal);
        Assert.Contains("Actions encore attendues de votre part", text, StringComparison.Ordinal);
        Assert.Contains("10. Produire 200 logements locatifs sociaux par an — Non commencé", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hantier", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Connector.Calls.Skip(before), c => c.Kind == "send" && c.ConversationId != cuaChannel.ConversationId);
    }

    [Fact]
    public async Task Reminders_GoOnlyToThoseWhoOweAChantier_ThenAdminsGetWhatIsMissing()
    {
        await BilanSteps.OpenCampaignAsync(_app, "2024-01-31");
        await _app.ClickAsync(TestUser.Alice, await _app.SayAsync(TestUser.Alice, "bilan 2023 1"), "bilan.save", BilanSteps.Inputs("Brouillon PLH"));
        await BilanSteps.SubmitAsync(_app, TestUser.Bob, 2, "Programmation");
        var before = _app.Connector.Calls.Count;

        _app.Clock!.SetUtcNow(new DateTimeOffset(2024, 1, 17, 8, 0, 30, TimeSpan.Zero)); // J-14, 09:00 in Paris
        var toAlice = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        var toArHlm = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == ArHlmChannel.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var aliceText = toAlice.Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("Rappel\u00A0: bilan 2023 à rendre (J-14)", CardJson.Texts(aliceText), StringComparison.Ordinal);
        Assert.Contains("1. PLH métropolitain — Brouillon", aliceText, StringComparison.Ordinal);
        Assert.DoesNotContain("3. Réforme", aliceText, StringComparison.Ordinal);
        var channelText = toArHlm.Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("7. Politique de la ville — Non commencé", channelText, StringComparison.Ordinal);
        Assert.DoesNotContain("1. PLH", channelText, StringComparison.Ordinal);
        Assert.DoesNotContain("2. Programmation", channelText, StringComparison.Ordinal);
        Assert.Equal(2, _app.Connector.Calls.Skip(before).Count(c => c.Kind == "send"));

        for (var chantier = 1; chantier <= 7; chantier++)
        {
            if (chantier != 2)
            {
                await BilanSteps.SubmitAsync(_app, TestUser.Alice, chantier, $"Chantier {chantier}");
            }
        }
        var afterSubmitting = _app.Connector.Calls.Count;
        _app.Clock.SetUtcNow(new DateTimeOffset(2024, 2, 1, 8, 0, 30, TimeSpan.Zero)); // J-7, J-1, then the escalation
        var escalation = await _app.WaitForAsync(afterSubmitting, c => c.Kind == "send" && c.ConversationId == MetropoleChannel.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var escalationText = escalation.Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("Bilan 2023\u00A0: date limite dépassée", CardJson.Texts(escalationText), StringComparison.Ordinal);
        Assert.Contains("Soumis, en attente de validation (7)", escalationText, StringComparison.Ordinal);
        Assert.Single(_app.Connector.Calls.Skip(afterSubmitting), c => c.Kind == "send");
    }

    [Fact]
    public async Task OverdueReminders_AfterTheDeadline_GoOnlyToThoseWhoStillOwe()
    {
        await BilanSteps.OpenCampaignAsync(_app, "2024-01-31");
        await _app.ClickAsync(TestUser.Alice, await _app.SayAsync(TestUser.Alice, "bilan 2023 1"), "bilan.save", BilanSteps.Inputs("Brouillon PLH"));
        _app.Clock!.SetUtcNow(new DateTimeOffset(2024, 2, 1, 8, 0, 30, TimeSpan.Zero)); // before: J-14, J-7, J-1 and the escalation
        await _app.WaitForAsync(0, c => c.Kind == "send" && c.ConversationId == MetropoleChannel.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var before = _app.Connector.Calls.Count;

        _app.Clock.SetUtcNow(new DateTimeOffset(2024, 2, 3, 8, 0, 30, TimeSpan.Zero)); // J+3, 09:00 in Paris
        var toAlice = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var text = CardJson.Texts(toAlice.Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("Bilan 2023 en retard\u00A0: date limite dépassée de 3 jours (J+3)", text, StringComparison.Ordinal);
        Assert.Contains("1. PLH métropolitain — Brouillon", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Connector.Calls.Skip(before), c => c.Kind == "send" && c.ConversationId == MetropoleChannel.ConversationId);
    }
}
