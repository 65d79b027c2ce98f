using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Funding;

/// <summary>Contribution reminders through the real scheduler on a fake clock: the call to the AR Hlm, the payment to the Métropole.</summary>
public sealed class FundingNotificationTests : IAsyncLifetime
{
    private static readonly TestUser ArHlmChannel = TestUser.ArHlmChannel;
    private static readonly TestUser MetropoleChannel = TestUser.MetropoleChannel;
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync(new DateTimeOffset(2023, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await _app.SubscribePartyChannelsAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task CallMissing_RemindsTheArHlmOnly_ThenPaymentOverdue_RemindsTheMetropoleOnly()
    {
        var before = _app.Connector.Calls.Count;

        _app.Clock!.SetUtcNow(new DateTimeOffset(2023, 3, 17, 8, 0, 30, TimeSpan.Zero)); // J-14 before 31 March, 09:00 in Paris
        var call = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == ArHlmChannel.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var callText = call.Activity.Attachments![0].Content!.ToString()!;
        Assert.Contains("Contribution 2023\u00A0: appel de fonds à compléter", CardJson.Texts(callText), StringComparison.Ordinal);
        Assert.Contains("L’appel de fonds lui-même n’est pas encore enregistré.", callText, StringComparison.Ordinal);
        Assert.Single(_app.Connector.Calls.Skip(before), c => c.Kind == "send");

        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");
        await _app.ClickAsync(TestUser.Admin, card, "funding.save", new Dictionary<string, string>
        {
            ["callSentOn"] = "2023-03-17", ["documents"] = "rib,statuts,bureau-ca,rapport-comptes-n-1", ["decision"] = "Full", ["amount"] = "", ["reason"] = "", ["paidOn"] = "",
        });
        var afterCall = _app.Connector.Calls.Count;
        _app.Clock.SetUtcNow(new DateTimeOffset(2023, 5, 17, 7, 0, 30, TimeSpan.Zero)); // due 16 May; first reminder 17 May, 09:00 in Paris
        var payment = await _app.WaitForAsync(afterCall, c => c.Kind == "send" && c.ConversationId == MetropoleChannel.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Contains("Contribution 2023\u00A0: versement en retard", CardJson.Texts(payment.Activity.Attachments![0].Content!.ToString()!), StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Connector.Calls.Skip(afterCall), c => c.Kind == "send" && c.ConversationId == TestUser.Admin.ConversationId);
    }
}
