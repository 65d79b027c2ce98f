using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Bilans;

/// <summary>A delay request through <c>/api/messages</c>: asked by a contributor, granted or refused by an admin, with no admin conversation known.</summary>
public sealed class DelayFlowTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync();
        await BilanSteps.OpenCampaignAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Ask_ThenGrantAnotherDate_TheChantierGetsItsOwnDeadlineAndTheContributorIsTold()
    {
        var asked = await DelaySteps.AskAsync(_app, TestUser.Alice, 3, "2027-03-15", "Chiffres des bailleurs attendus en février.");
        var request = await DelaySteps.ReviewAsync(_app, 3);
        var before = _app.Connector.Calls.Count;

        var granted = await _app.ClickAsync(TestUser.Admin, request, "bilan.delayGrant", DelaySteps.Decision("2027-03-31", "Pas au-delà."));

        var askedTexts = CardJson.Texts(asked);
        Assert.Contains("Demande de délai enregistrée. Aucune conversation des administrateurs n’est connue du bot", askedTexts, StringComparison.Ordinal);
        Assert.Contains("vue de campagne («\u00A0bilan 2023\u00A0»), où ils peuvent l’accorder ou la refuser", askedTexts, StringComparison.Ordinal);
        Assert.Contains("Demande de délai au 15 mars 2027 en attente de réponse de la Métropole (demandée par Alice Hlm).", askedTexts, StringComparison.Ordinal);
        var requestTexts = CardJson.Texts(request);
        Assert.Contains("Chiffres des bailleurs attendus en février.", requestTexts, StringComparison.Ordinal);
        Assert.Contains("vendredi 29 janvier 2027", requestTexts, StringComparison.Ordinal);
        Assert.Equal("2027-03-15", CardJson.InputValue(request, "delayDate"));
        Assert.Contains("Délai accordé\u202F; le contributeur en est prévenu.", CardJson.Texts(granted), StringComparison.Ordinal);
        var card = CardJson.Texts(await _app.SayAsync(TestUser.Bob, "bilan 2023 3"));
        Assert.Contains("Échéance reportée au **31 mars 2027**, accordée par Claire Métropole le", card, StringComparison.Ordinal);
        var toAlice = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        var answer = CardJson.Texts(toAlice.Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("Délai accordé", answer, StringComparison.Ordinal);
        Assert.Contains("Commentaire de Claire Métropole\u00A0: «\u00A0Pas au-delà.\u00A0»", answer, StringComparison.Ordinal);
        var deadlines = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "échéances"));
        Assert.Contains("Bilan 2023\u00A0: chantier 3, échéance reportée", deadlines, StringComparison.Ordinal);
        Assert.Contains("mercredi 31 mars 2027", deadlines, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Un motif", "Choisissez la nouvelle date.")]
    [InlineData("29/03/2027", "Un motif", "n’est pas une date valide")]
    [InlineData("2027-01-29", "Un motif", "La nouvelle date doit être postérieure à l’échéance actuelle (29 janvier 2027).")]
    [InlineData("2029-01-01", "Un motif", "La nouvelle date ne peut pas dépasser le 31 décembre 2028.")]
    [InlineData("2027-03-01", "  ", "Indiquez le motif de la demande.")]
    public async Task Ask_BadInput_SaysWhyAndStoresNothing(string date, string reason, string expected)
    {
        var answer = await DelaySteps.AskAsync(_app, TestUser.Alice, 2, date, reason);

        Assert.Contains(expected, CardJson.Texts(answer), StringComparison.Ordinal);
        Assert.True(CardJson.HasAction(answer, "bilan.delayAsk"));
        var card = await _app.SayAsync(TestUser.Alice, "bilan 2023 2");
        Assert.DoesNotContain("Demande de délai au", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.True(CardJson.HasAction(card, "bilan.delayForm"));
        Assert.False(CardJson.HasAction(await _app.SayAsync(TestUser.Admin, "bilan 2023"), "bilan.delayReview"));
    }

    [Fact]
    public async Task Ask_WhileARequestWaits_IsRefusedAndKeepsTheFirst()
    {
        var form = await _app.ClickAsync(TestUser.Bob, await _app.SayAsync(TestUser.Bob, "bilan 2023 4"), "bilan.delayForm");
        await DelaySteps.AskAsync(_app, TestUser.Alice, 4, "2027-02-28", "Premier motif");

        var second = await _app.ClickAsync(TestUser.Bob, form, "bilan.delayAsk", new Dictionary<string, string> { ["delayDate"] = "2027-05-31", ["delayReason"] = "Second motif" });

        var texts = CardJson.Texts(second);
        Assert.Contains("Une demande de délai au 28 février 2027 est déjà en attente pour ce chantier et cette année", texts, StringComparison.Ordinal);
        Assert.False(CardJson.HasAction(second, "bilan.delayForm"));
        Assert.Contains("Premier motif", CardJson.Texts(await DelaySteps.ReviewAsync(_app, 4)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grant_ClickedTwice_GrantsOnceAndTellsTheContributorOnce()
    {
        await DelaySteps.AskAsync(_app, TestUser.Alice, 5, "2027-03-15", "Relogements en cours");
        var request = await DelaySteps.ReviewAsync(_app, 5);
        var before = _app.Connector.Calls.Count;

        await _app.ClickAsync(TestUser.Admin, request, "bilan.delayGrant", DelaySteps.Decision("2027-03-15"));
        var again = await _app.ClickAsync(TestUser.Admin, request, "bilan.delayGrant", DelaySteps.Decision("2027-06-30"));

        Assert.Contains("Cette demande a déjà reçu une réponse\u00A0: rien n’a été modifié.", CardJson.Texts(again), StringComparison.Ordinal);
        Assert.False(CardJson.HasAction(again, "bilan.delayGrant"));
        Assert.Contains("Échéance reportée au **15 mars 2027**", CardJson.Texts(await _app.SayAsync(TestUser.Alice, "bilan 2023 5")), StringComparison.Ordinal);
        await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(_app.Connector.Calls.Skip(before), c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
    }

    [Fact]
    public async Task Grant_ByAContributor_IsRefusedAndTheRequestStillWaits()
    {
        await DelaySteps.AskAsync(_app, TestUser.Alice, 6, "2027-03-15", "Motif");
        var request = await DelaySteps.ReviewAsync(_app, 6);

        var answer = await _app.ClickAsync(TestUser.Bob, request, "bilan.delayGrant", DelaySteps.Decision("2027-03-15"));

        Assert.Contains("Seuls les administrateurs", answer.GetString(), StringComparison.Ordinal);
        var card = CardJson.Texts(await _app.SayAsync(TestUser.Bob, "bilan 2023 6"));
        Assert.Contains("Demande de délai au 15 mars 2027 en attente", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Échéance reportée", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuse_WithAComment_KeepsTheDeadlineAndTellsTheContributorWhy()
    {
        await DelaySteps.AskAsync(_app, TestUser.Alice, 7, "2027-03-15", "Motif");
        var request = await DelaySteps.ReviewAsync(_app, 7);
        var before = _app.Connector.Calls.Count;

        var refused = await _app.ClickAsync(TestUser.Admin, request, "bilan.delayRefuse", DelaySteps.Decision("", "Le COPIL est fixé au 5 février."));

        Assert.Contains("Demande refusée\u202F; le contributeur en est prévenu.", CardJson.Texts(refused), StringComparison.Ordinal);
        var toAlice = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        var answer = CardJson.Texts(toAlice.Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("Demande de délai refusée", answer, StringComparison.Ordinal);
        Assert.Contains("L’échéance reste le **29 janvier 2027**.", answer, StringComparison.Ordinal);
        Assert.Contains("«\u00A0Le COPIL est fixé au 5 février.\u00A0»", answer, StringComparison.Ordinal);
        var card = await _app.SayAsync(TestUser.Alice, "bilan 2023 7");
        Assert.Contains("Dernière demande de délai refusée par Claire Métropole", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Échéance reportée", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.True(CardJson.HasAction(card, "bilan.delayForm"));
    }
}
