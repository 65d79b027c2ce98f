using ConventionBot.Tests.Bilans;

namespace ConventionBot.Tests.Funding;

/// <summary>The yearly contribution card through <c>/api/messages</c>: show, record, checklist, errors, conflicts.</summary>
public sealed class FundingFlowTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync() => _app = await BilanApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Financement_NothingRecorded_ShowsTheConventionAmountAndTheFiveDocumentsToProvide()
    {
        var card = await _app.SayAsync(TestUser.Alice, "financement 2023");

        var texts = CardJson.Texts(card);
        Assert.Contains("Contribution 2023 de la Métropole", texts, StringComparison.Ordinal);
        Assert.Contains("20\u202f000\u00a0€", texts, StringComparison.Ordinal);
        Assert.Contains("pas encore reçu (attendu au plus tard le vendredi 31 mars 2023)", texts, StringComparison.Ordinal);
        Assert.Equal(5, texts.Split('\n').Count(t => t.EndsWith("\u00A0: manquant", StringComparison.Ordinal)));
        Assert.False(CardJson.HasAction(card, "funding.save"));
    }

    [Fact]
    public async Task Save_CallAndDocuments_TicksThemAndShowsThePaymentOverdue()
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");

        var saved = await _app.ClickAsync(TestUser.Admin, card, "funding.save", Inputs(call: "2023-03-10", documents: "rib,statuts"));

        var texts = CardJson.Texts(saved);
        Assert.Contains("Suivi de la contribution enregistré.", texts, StringComparison.Ordinal);
        Assert.Contains("reçu le vendredi 10 mars 2023", texts, StringComparison.Ordinal);
        Assert.Contains("un RIB\u00A0: reçu", texts, StringComparison.Ordinal);
        Assert.Contains("les statuts de l’association et leur mise à jour\u00A0: reçu", texts, StringComparison.Ordinal);
        Assert.Contains("la liste des membres du Bureau et du Conseil d’Administration\u00A0: manquant", texts, StringComparison.Ordinal);
        Assert.Contains("un bilan de la mise en œuvre de la présente convention\u00A0: manquant", texts, StringComparison.Ordinal);
        Assert.Contains("**en retard**\u00A0: attendu au plus tard le mardi 9 mai 2023", texts, StringComparison.Ordinal);
        Assert.Contains("Claire Métropole, le", texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ReducedAndPaid_ShowsTheReducedAmountWithItsReason()
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2022");

        var saved = await _app.ClickAsync(TestUser.Admin, card, "funding.save",
            Inputs(call: "2022-04-01", decision: "Reduced", amount: "15000.50", reason: "Chantier 6 reporté", paid: "2022-06-15"));

        var texts = CardJson.Texts(saved);
        Assert.Contains("15\u202f000,5\u00a0€ (réduite\u00A0: Chantier 6 reporté)", texts, StringComparison.Ordinal);
        Assert.Contains("effectué le mercredi 15 juin 2022", texts, StringComparison.Ordinal);
    }

    public static TheoryData<Dictionary<string, string>, string> BadInputs() => new()
    {
        { Inputs(decision: "Reduced", amount: "25000", reason: "Retard"), "Le montant réduit doit être un nombre d’euros positif" },
        { Inputs(decision: "Reduced", amount: "-5", reason: "Retard"), "Le montant réduit doit être un nombre d’euros positif" },
        { Inputs(decision: "Suspended"), "Indiquez le motif de la réduction ou de la suspension." },
        { Inputs(decision: "Cancelled"), "Décision inconnue\u00A0: «\u00A0Cancelled\u00A0»." },
        { Inputs(call: "2099-01-01"), "«\u00A0Appel de fonds reçu le\u00A0» ne peut pas être dans le futur." },
        { Inputs(call: "10/03/2023"), "«\u00A010/03/2023\u00A0» n’est pas une date valide" },
        { Inputs(call: "2023-05-01", paid: "2023-04-01"), "Le versement ne peut pas précéder l’appel de fonds." },
        { Inputs(paid: "2023-04-01"), "Indiquez d’abord la date de l’appel de fonds" },
        { Inputs(documents: "rib,passeport"), "Pièce inconnue\u00A0: «\u00A0passeport\u00A0»." },
        { Inputs(decision: "Suspended", reason: new string('r', 501)), "est trop long" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Save_BadInput_SaysWhatIsWrongSavesNothingAndKeepsWhatWasTyped(Dictionary<string, string> inputs, string expected)
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");

        var answer = await _app.ClickAsync(TestUser.Admin, card, "funding.save", inputs);

        var texts = CardJson.Texts(answer);
        Assert.Contains("Rien n’a été enregistré.", texts, StringComparison.Ordinal);
        Assert.Contains(expected, texts, StringComparison.Ordinal);
        Assert.Equal(inputs["reason"].Length == 0 ? null : inputs["reason"], CardJson.InputValue(answer, "reason"));
        Assert.Contains("pas encore reçu", CardJson.Texts(await _app.SayAsync(TestUser.Admin, "financement 2023")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_StaleCard_NeverOverwritesAndKeepsTheTypedValues()
    {
        var first = await _app.SayAsync(TestUser.Admin, "financement 2024");
        var second = await _app.SayAsync(TestUser.Admin, "financement 2024");
        await _app.ClickAsync(TestUser.Admin, first, "funding.save", Inputs(call: "2024-03-01"));

        var conflict = await _app.ClickAsync(TestUser.Admin, second, "funding.save", Inputs(call: "2024-03-05", documents: "rib"));

        Assert.Contains("a mis à jour ce suivi entre-temps", CardJson.Texts(conflict), StringComparison.Ordinal);
        Assert.Equal("2024-03-05", CardJson.InputValue(conflict, "callSentOn"));
        Assert.Contains("reçu le vendredi 1er mars 2024", CardJson.Texts(conflict), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ByAContributor_IsRefused()
    {
        var adminCard = await _app.SayAsync(TestUser.Admin, "financement 2023");

        var answer = await _app.ClickAsync(TestUser.Alice, adminCard, "funding.save", Inputs(call: "2023-03-10"));

        Assert.Contains("Seuls les administrateurs", answer.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checklist_WhenEveryChantierOfTheYearIsValidated_TicksTheBilanByItself()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        for (var chantier = 1; chantier <= 7; chantier++)
        {
            await BilanSteps.SubmitAsync(_app, TestUser.Alice, chantier, $"Actions du chantier {chantier}");
            await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, $"bilan 2023 {chantier}"), "bilan.validate");
        }

        var card = await _app.SayAsync(TestUser.Alice, "financement 2023");

        var texts = CardJson.Texts(card);
        Assert.Contains("un bilan de la mise en œuvre de la présente convention\u00A0: reçu", texts, StringComparison.Ordinal);
        Assert.Contains("bilan 2023 entièrement validé (coché automatiquement)", texts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("financement 2025", "L’année 2025 n’est pas couverte")]
    [InlineData("funding", "Say which year: “funding 2022”")]
    public async Task Financement_BadYear_SaysWhichYears(string text, string expected)
    {
        var user = text.StartsWith("funding", StringComparison.Ordinal) ? TestUser.Alice.InEnglish() : TestUser.Alice;

        var reply = await _app.SayAsync(user, text);

        Assert.Contains(expected, CardJson.Shown(reply), StringComparison.Ordinal);
    }

    /// <summary>The contribution form's inputs as a client sends them (every input, as text).</summary>
    internal static Dictionary<string, string> Inputs(
        string call = "", string documents = "", string decision = "Full", string amount = "", string reason = "", string paid = "") => new()
    {
        ["callSentOn"] = call,
        ["documents"] = documents,
        ["decision"] = decision,
        ["amount"] = amount,
        ["reason"] = reason,
        ["paidOn"] = paid,
    };
}
