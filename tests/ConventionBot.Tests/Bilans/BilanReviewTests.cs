using ConventionBot.BotFramework.Schema;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Bilans;

/// <summary>
/// The Métropole's review through <c>/api/messages</c>: its comment shown wherever the chantier is read, and its
/// notice sent to the conversations its contributors worked in, with a truthful count on the reviewer's card.
/// </summary>
public sealed class BilanReviewTests : IAsyncLifetime
{
    private const string Comment = "Merci, bilan très complet.";
    private static readonly Dictionary<string, string> WithComment = new() { ["reviewComment"] = Comment };
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync();
        await BilanSteps.OpenCampaignAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Validate_WithAComment_TellsTheContributorsConversationWithTheComment()
    {
        await _app.ClickAsync(TestUser.Alice, await _app.SayAsync(TestUser.Alice, "bilan 2023 3"), "bilan.save", BilanSteps.Inputs("Début"));
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 3, "Sensibilisation des élus");
        var before = _app.Connector.Calls.Count;

        var answer = await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 3"), "bilan.validate", WithComment);

        var toAlice = await _app.WaitForAsync(before, c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
        var notice = CardJson.Texts(toAlice.Activity.Attachments![0].Content!.ToString()!);
        Assert.Contains("Bilan 2023\u00A0: chantier 3. Réforme de la demande et des attributions validé", notice, StringComparison.Ordinal);
        Assert.Contains("Validé par Claire Métropole, le ", notice, StringComparison.Ordinal);
        Assert.Contains($"Commentaire de la Métropole\u00A0: «\u00A0{Comment}\u00A0»", notice, StringComparison.Ordinal);
        Assert.Contains(
            "Chantier validé. Ses contributeurs en sont avertis\u00A0: message envoyé dans 1 conversation.", CardJson.Texts(answer), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(_app.Connector.Calls.Skip(before), c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
    }

    [Fact]
    public async Task Validate_NoContributorConversationReachable_SaysNobodyCouldBeTold()
    {
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 3, "Sensibilisation des élus");
        await UninstallAsync(TestUser.Alice);
        var before = _app.Connector.Calls.Count;

        var answer = CardJson.Texts(await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 3"), "bilan.validate", WithComment));

        Assert.Contains("Chantier validé. Personne n’a pu être prévenu\u00A0: le bot ne connaît aucune conversation de ses contributeurs.", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("avertis", answer, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(_app.Connector.Calls.Skip(before), c => c.Kind == "send" && c.ConversationId == TestUser.Alice.ConversationId);
    }

    [Fact]
    public async Task Validate_OwnChantierInTheSameChat_SaysNobodyElseIsToBeToldAndSendsNothing()
    {
        await BilanSteps.SubmitAsync(_app, TestUser.Admin, 4, "Accueil des publics spécifiques");
        var before = _app.Connector.Calls.Count;

        var answer = CardJson.Texts(await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 4"), "bilan.validate", WithComment));

        Assert.Contains("Ses contributeurs n’ont travaillé que dans cette conversation\u00A0: personne d’autre à prévenir.", answer, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(_app.Connector.Calls.Skip(before), c => c.Kind == "send");
    }

    [Fact]
    public async Task Validate_WithAComment_ShowsItOnTheCardInTheHistoryAndInTheDocuments()
    {
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 3, "Sensibilisation des élus");
        await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 3"), "bilan.validate", WithComment);

        var card = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "bilan 2023 3"));
        var links = CardJson.Links(await _app.SayAsync(TestUser.Alice, "export bilan 2023"));
        var html = await (await _app.Client.GetAsync(links[0].PathAndQuery)).Content.ReadAsStringAsync();
        var csv = await (await _app.Client.GetAsync(links[1].PathAndQuery)).Content.ReadAsStringAsync();

        Assert.Matches($"Validé par Claire Métropole, le [^\\n]+, avec ce commentaire\u00A0: «\u00A0{Comment}\u00A0»", card);
        Assert.Matches($"v2 — validé — Claire Métropole, le [^\\n]+\\n(?:[^\\n]+\\n){{0,4}}?Commentaire\u00A0: «\u00A0{Comment}\u00A0»", card);
        var chantier = html[html.IndexOf("<article id=\"chantier-3\"", StringComparison.Ordinal)..];
        chantier = chantier[..chantier.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Contains("Validé par Claire Métropole, le ", chantier, StringComparison.Ordinal);
        Assert.Contains(Comment, chantier, StringComparison.Ordinal);
        Assert.Contains(Comment, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestChanges_ThenADraft_KeepsTheReviewersNameAndCommentOnTheCard()
    {
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 3, "Sensibilisation des élus");
        await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 3"), "bilan.requestChanges",
            new Dictionary<string, string> { ["reviewComment"] = "Ajoutez les chiffres." });

        var draft = CardJson.Texts(await _app.ClickAsync(TestUser.Bob, await _app.SayAsync(TestUser.Bob, "bilan 2023 3"), "bilan.save", BilanSteps.Inputs("Suite")));

        Assert.Contains("Modifications demandées par Claire Métropole, le ", draft, StringComparison.Ordinal);
        Assert.Contains("\u00A0: «\u00A0Ajoutez les chiffres.\u00A0»", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Modifications demandées par Bob Hlm", draft, StringComparison.Ordinal);
    }

    private async Task UninstallAsync(TestUser user)
    {
        var uninstall = Activities.Message(_app.Connector.ServiceUrl, "", user.ConversationId, user.Locale);
        uninstall.Type = ActivityTypes.InstallationUpdate;
        uninstall.Text = null;
        uninstall.Action = "remove";
        (await _app.Client.PostAsync(uninstall)).EnsureSuccessStatusCode();
    }
}
