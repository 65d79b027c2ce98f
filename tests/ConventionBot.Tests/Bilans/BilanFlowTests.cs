using System.Globalization;
using System.Text.Json;
using ConventionBot.Tests.Infrastructure;

namespace ConventionBot.Tests.Bilans;

/// <summary>A bilan campaign through <c>/api/messages</c>: open, draft, conflicting saves, submit, review, history.</summary>
public sealed class BilanFlowTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync() => _app = await BilanApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Bilan_AdminBeforeOpening_OffersADeadlineToOpenIt()
    {
        var card = await _app.SayAsync(TestUser.Admin, "bilan 2023");

        Assert.Contains("La campagne de bilan 2023 n’est pas encore ouverte.", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.True(CardJson.HasInput(card, "deadline"));
        Assert.True(CardJson.HasAction(card, "bilan.open"));
    }

    [Fact]
    public async Task Bilan_ContributorBeforeOpening_SaysAnAdminMustOpenIt()
    {
        var card = await _app.SayAsync(TestUser.Alice, "bilan 2023");

        Assert.Contains("Un administrateur de la convention doit l’ouvrir", CardJson.Texts(card), StringComparison.Ordinal);
        Assert.False(CardJson.HasInput(card, "deadline"));
    }

    [Theory]
    [InlineData("bilan 2025", "fr-FR", "L’année 2025 n’est pas couverte par la Convention de partenariat 2022-2024\u00A0: choisissez 2022, 2023 ou 2024.")]
    [InlineData("report 2021", "en-US", "2021 is not covered by the Convention de partenariat 2022-2024: choose 2022, 2023 or 2024.")]
    [InlineData("bilan", "fr-FR", "Précisez l’année du bilan\u00A0: «\u00A0bilan 2022\u00A0», «\u00A0bilan 2023\u00A0», «\u00A0bilan 2024\u00A0».")]
    [InlineData("bilan 2023 piscine", "fr-FR", "Je ne trouve pas de chantier «\u00A0piscine\u00A0»")]
    public async Task Bilan_YearOrChantierNotInTheConvention_SaysWhatIsAvailable(string text, string locale, string expected)
    {
        var reply = await _app.SayAsync(TestUser.Alice with { Locale = locale }, text);

        Assert.Contains(expected, CardJson.Shown(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bilan", "fr-FR", "bilan")]
    [InlineData("bilan 1999", "fr-FR", "bilan")]
    [InlineData("report 2021", "en-US", "report")]
    public async Task Bilan_NoYearOfTheConvention_OffersEachYearAsAButton(string text, string locale, string keyword)
    {
        var reply = await _app.SayAsync(TestUser.Alice with { Locale = locale }, text);

        Assert.Equal([$"{keyword} 2022", $"{keyword} 2023", $"{keyword} 2024"], CardJson.Commands(reply));
    }

    [Fact]
    public async Task Open_AsAdmin_ListsTheSevenChantiersNotStarted()
    {
        var card = await BilanSteps.OpenCampaignAsync(_app);

        var texts = CardJson.Texts(card);
        Assert.Contains("Campagne ouverte.", texts, StringComparison.Ordinal);
        Assert.Contains("vendredi 29 janvier 2027", texts, StringComparison.Ordinal);
        Assert.Contains("5.\u00A0NPNRU métropolitain", texts, StringComparison.Ordinal);
        Assert.Equal(7, texts.Split('\n').Count(t => t == "**Non commencé**"));
    }

    [Fact]
    public async Task Open_ByAContributor_IsRefused()
    {
        var adminCard = await _app.SayAsync(TestUser.Admin, "bilan 2023");

        var reply = await _app.ClickAsync(TestUser.Alice, adminCard, "bilan.open", new Dictionary<string, string> { ["deadline"] = BilanSteps.Deadline });

        Assert.Contains("Seuls les administrateurs", reply.GetString(), StringComparison.Ordinal);
        Assert.Contains("n’est pas encore ouverte", CardJson.Texts(await _app.SayAsync(TestUser.Admin, "bilan 2023")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-15", "La date limite doit être aujourd’hui ou plus tard", "2020-01-15")]
    [InlineData("31/01/2027", "«\u00A031/01/2027\u00A0» n’est pas une date valide (attendu\u00A0: AAAA-MM-JJ).", null)]
    [InlineData("", "Choisissez une date limite.", null)]
    public async Task Open_BadDeadline_SaysWhyOnTheCardAndOpensNothing(string typed, string expected, string? kept)
    {
        var card = await _app.SayAsync(TestUser.Admin, "bilan 2023");

        var answer = await _app.ClickAsync(TestUser.Admin, card, "bilan.open", new Dictionary<string, string> { ["deadline"] = typed });

        Assert.Contains(expected, CardJson.Texts(answer), StringComparison.Ordinal);
        Assert.Contains("n’est pas encore ouverte", CardJson.Texts(answer), StringComparison.Ordinal);
        Assert.Equal(kept, CardJson.InputValue(answer, "deadline"));
    }

    [Fact]
    public async Task Save_CardPostedBeforeIndicatorsCameFromTheDefinition_KeepsItsFigures()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var form = await _app.SayAsync(TestUser.Alice, "bilan 2023 3");
        // Such a card named the six key figures without the "figure-" prefix.
        var oldCard = BilanSteps.Inputs("Texte d’Alice").Where(i => !i.Key.StartsWith("figure-", StringComparison.Ordinal)).ToDictionary();
        oldCard["meetings"] = "4";
        oldCard["events"] = "2";

        var saved = await _app.ClickAsync(TestUser.Alice, form, "bilan.save", oldCard);

        Assert.Contains("Brouillon enregistré.", CardJson.Texts(saved), StringComparison.Ordinal);
        Assert.Equal("4", CardJson.InputValue(saved, "figure-meetings"));
        Assert.Equal("2", CardJson.InputValue(saved, "figure-events"));
    }

    [Fact]
    public async Task Save_StaleCardOfAnotherContributor_NeverOverwritesAndKeepsTheirText()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var aliceForm = await _app.SayAsync(TestUser.Alice, "bilan 2023 3");
        var bobForm = await _app.SayAsync(TestUser.Bob, "bilan 2023 chantier 3");
        var saved = await _app.ClickAsync(TestUser.Alice, aliceForm, "bilan.save", BilanSteps.Inputs("Texte d’Alice", meetings: "4"));

        var conflict = await _app.ClickAsync(TestUser.Bob, bobForm, "bilan.save", BilanSteps.Inputs("Texte de Bob", meetings: "9"));

        Assert.Contains("Brouillon enregistré.", CardJson.Texts(saved), StringComparison.Ordinal);
        var texts = CardJson.Texts(conflict);
        Assert.Contains("Rien n’a été enregistré\u00A0: Alice Hlm a modifié ce chantier entre-temps", texts, StringComparison.Ordinal);
        Assert.Contains("Texte d’Alice", texts, StringComparison.Ordinal);
        Assert.Equal("Texte de Bob", CardJson.InputValue(conflict, "actions"));
        Assert.Equal("9", CardJson.InputValue(conflict, "figure-meetings"));
        var stored = await _app.SayAsync(TestUser.Admin, "bilan 2023 3");
        Assert.Equal("Texte d’Alice", CardJson.InputValue(stored, "actions"));
    }

    [Fact]
    public async Task Save_AfterAConflict_MergedTextIsSavedOverTheLatestVersion()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var bobForm = await _app.SayAsync(TestUser.Bob, "bilan 2023 3");
        await _app.ClickAsync(TestUser.Alice, await _app.SayAsync(TestUser.Alice, "bilan 2023 3"), "bilan.save", BilanSteps.Inputs("Texte d’Alice"));
        var conflict = await _app.ClickAsync(TestUser.Bob, bobForm, "bilan.save", BilanSteps.Inputs("Texte de Bob"));

        var merged = await _app.ClickAsync(TestUser.Bob, conflict, "bilan.save", BilanSteps.Inputs("Texte d’Alice\nTexte de Bob"));

        Assert.Contains("Brouillon enregistré.", CardJson.Texts(merged), StringComparison.Ordinal);
        Assert.Equal("Texte d’Alice\nTexte de Bob", CardJson.InputValue(merged, "actions"));
        Assert.Contains("Bob Hlm, le", CardJson.Texts(merged), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_SubmitRequestChangesResubmitValidate_KeepsEveryVersionWithItsAuthor()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var submitted = await BilanSteps.SubmitAsync(_app, TestUser.Alice, 5, "Club NPNRU animé");
        var review = await _app.SayAsync(TestUser.Admin, "bilan 2023 5");
        var changes = await _app.ClickAsync(TestUser.Admin, review, "bilan.requestChanges", new Dictionary<string, string> { ["reviewComment"] = "Ajoutez les chiffres du relogement." });
        var reopened = await _app.SayAsync(TestUser.Alice, "bilan 2023 5");
        var resubmitted = await _app.ClickAsync(TestUser.Alice, reopened, "bilan.submit", BilanSteps.Inputs("Club NPNRU animé\u202F; 120 ménages relogés", progress: "WellAdvanced"));
        var validated = await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 5"), "bilan.validate");

        Assert.Contains("Bilan soumis à la Métropole.", CardJson.Texts(submitted), StringComparison.Ordinal);
        Assert.Contains("Modifications demandées. Ses contributeurs en sont avertis\u00A0: message envoyé dans 1 conversation.", CardJson.Texts(changes), StringComparison.Ordinal);
        Assert.Matches("Modifications demandées par Claire Métropole, le [^\\n]+\u00A0: «\u00A0Ajoutez les chiffres du relogement.\u00A0»", CardJson.Texts(reopened));
        Assert.Contains("**Soumis**", CardJson.Texts(resubmitted), StringComparison.Ordinal);
        var texts = CardJson.Texts(validated);
        Assert.Contains("Chantier validé. Ses contributeurs en sont avertis\u00A0: message envoyé dans 1 conversation.", texts, StringComparison.Ordinal);
        Assert.Contains("v4 — validé — Claire Métropole, le", texts, StringComparison.Ordinal);
        Assert.Contains("v3 — soumis — Alice Hlm, le", texts, StringComparison.Ordinal);
        Assert.Contains("v2 — modifications demandées — Claire Métropole, le", texts, StringComparison.Ordinal);
        Assert.Contains("v1 — soumis — Alice Hlm, le", texts, StringComparison.Ordinal);
        Assert.False(CardJson.HasInput(validated, "actions"));
        Assert.Contains("Club NPNRU animé\u202F; 120 ménages relogés", texts, StringComparison.Ordinal);
        var campaign = CardJson.Texts(await _app.SayAsync(TestUser.Alice, "bilan 2023"));
        Assert.Contains("**Validé** · Claire Métropole, le", campaign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_TheCardThen_OffersOnlyACorrectionOfTheSubmittedVersionAndSaysWhoActsNext()
    {
        await BilanSteps.OpenCampaignAsync(_app);

        await _app.ClickAsync(TestUser.Alice, await _app.SayAsync(TestUser.Alice, "bilan 2023 3"), "bilan.submit", BilanSteps.Inputs("Réforme des attributions"));
        var submitted = await _app.SayAsync(TestUser.Bob, "bilan 2023 3");

        var texts = CardJson.Texts(submitted);
        Assert.Contains("Soumis\u00A0: la Métropole le relit, puis le valide ou demande des modifications.", texts, StringComparison.Ordinal);
        Assert.Contains("Corriger la version soumise", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Soumettre à la Métropole", texts, StringComparison.Ordinal);
        Assert.False(CardJson.HasAction(submitted, "bilan.save"));
        Assert.True(CardJson.HasAction(submitted, "bilan.submit"));
    }

    [Fact]
    public async Task Save_ValidatedChantierFromAStaleCard_IsRefused()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 2, "Programmation croisée");
        var stale = await _app.SayAsync(TestUser.Bob, "bilan 2023 2");
        await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 2"), "bilan.validate");

        var answer = await _app.ClickAsync(TestUser.Bob, stale, "bilan.submit", BilanSteps.Inputs("Autre texte"));

        var texts = CardJson.Texts(answer);
        Assert.Contains("Rien n’a été enregistré\u00A0: Claire Métropole a modifié ce chantier", texts, StringComparison.Ordinal);
        Assert.Contains("Autre texte", texts, StringComparison.Ordinal);
        Assert.False(CardJson.HasAction(answer, "bilan.save"));
        var stored = CardJson.Texts(await _app.SayAsync(TestUser.Admin, "bilan 2023 2"));
        Assert.Contains("Programmation croisée", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Autre texte", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_ByAContributor_IsRefused()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 1, "PLH");
        var adminCard = await _app.SayAsync(TestUser.Admin, "bilan 2023 1");

        var answer = await _app.ClickAsync(TestUser.Bob, adminCard, "bilan.validate");

        Assert.Contains("Seuls les administrateurs", answer.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestChanges_WithoutComment_AsksForOneAndChangesNothing()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 1, "PLH");

        var answer = await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "bilan 2023 1"), "bilan.requestChanges", new Dictionary<string, string> { ["reviewComment"] = " " });

        Assert.Contains("Expliquez dans le commentaire ce qui doit être modifié.", CardJson.Texts(answer), StringComparison.Ordinal);
        Assert.Contains("**Soumis**", CardJson.Texts(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithoutActionsOrProgress_AsksForThemAndKeepsTheRest()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var form = await _app.SayAsync(TestUser.Alice, "bilan 2023 4");

        var answer = await _app.ClickAsync(TestUser.Alice, form, "bilan.submit", BilanSteps.Inputs("", meetings: "2", progress: ""));

        Assert.Contains("Pour soumettre, décrivez les actions menées et choisissez l’avancement.", CardJson.Texts(answer), StringComparison.Ordinal);
        Assert.Equal("2", CardJson.InputValue(answer, "figure-meetings"));
        Assert.Contains("**Non commencé**", CardJson.Texts(answer), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "figure-meetings", "-3", "«\u00A0Réunions tenues\u00A0» ne peut pas être négatif (vous avez saisi «\u00A0-3\u00A0»)." },
        { "figure-bailleurs", "2.5", "«\u00A0Bailleurs mobilisés\u00A0» doit être un nombre entier (vous avez saisi «\u00A02.5\u00A0»)." },
        { "figure-events", "douze", "«\u00A0Événements\u00A0» doit être un nombre entier (vous avez saisi «\u00A0douze\u00A0»)." },
        { "figure-publications", "250000", $"«\u00A0Publications\u00A0» ne peut pas dépasser {100_000.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} (vous avez saisi «\u00A0250000\u00A0»)." },
        { "modalities", "1,9", "Modalité d’intervention inconnue\u00A0: «\u00A09\u00A0»." },
        { "progress", "Finished", "Avancement inconnu\u00A0: «\u00A0Finished\u00A0». Choisissez-en un dans la liste." },
        { "difficulties", new string('d', 601), "«\u00A0Difficultés rencontrées\u00A0» est trop long\u00A0: 601 caractères pour 600 au plus." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Save_BadInput_SaysWhatIsWrongSavesNothingAndKeepsWhatWasTyped(string input, string value, string expected)
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var form = await _app.SayAsync(TestUser.Alice, "bilan 2023 6");
        var typed = BilanSteps.Inputs("Appui au PPA", meetings: "3");
        typed[input] = value;

        var answer = await _app.ClickAsync(TestUser.Alice, form, "bilan.save", typed);

        var texts = CardJson.Texts(answer);
        Assert.Contains("Rien n’a été enregistré.", texts, StringComparison.Ordinal);
        Assert.Contains(expected, texts, StringComparison.Ordinal);
        Assert.Equal("Appui au PPA", CardJson.InputValue(answer, "actions"));
        Assert.Contains("**Non commencé**", texts, StringComparison.Ordinal);
        Assert.Contains("Appui au PPA", CardJson.Texts(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_TextTooLongForACard_AnswersAMessageSoTheCardKeepsEverything()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var form = await _app.SayAsync(TestUser.Alice, "bilan 2023 6");

        var answer = await _app.ClickAsync(TestUser.Alice, form, "bilan.save", BilanSteps.Inputs(new string('é', 30_000)));

        Assert.Equal(JsonValueKind.String, answer.ValueKind);
        Assert.Contains("«\u00A0Actions menées\u00A0» est beaucoup trop long", answer.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conflict_AdminReviewingWithTheLongestTextsOnBothSides_StillFitsInACard()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        for (var version = 0; version < 5; version++)
        {
            await _app.ClickAsync(TestUser.Alice, await _app.SayAsync(TestUser.Alice, "bilan 2023 6"), "bilan.submit", Longest('é'));
        }
        var adminForm = await _app.SayAsync(TestUser.Admin, "bilan 2023 6");
        await _app.ClickAsync(TestUser.Alice, await _app.SayAsync(TestUser.Alice, "bilan 2023 6"), "bilan.submit", Longest('a'));

        var conflict = await _app.ClickAsync(TestUser.Admin, adminForm, "bilan.requestChanges", Longest('ê'));

        Assert.Contains("Rien n’a été enregistré\u00A0: Alice Hlm a modifié ce chantier", CardJson.Texts(conflict), StringComparison.Ordinal);
        Assert.Equal(new string('ê', 600), CardJson.InputValue(conflict, "reviewComment"));
        Assert.Equal(new string('ê', 1500), CardJson.InputValue(conflict, "actions"));
    }

    private static Dictionary<string, string> Longest(char c)
    {
        var inputs = BilanSteps.Inputs(new string(c, 1500));
        inputs["difficulties"] = new string(c, 600);
        inputs["outlook"] = new string(c, 600);
        inputs["reviewComment"] = new string(c, 600);
        return inputs;
    }

    [Fact]
    public async Task Save_ThroughTheSubmitFallback_UpdatesTheCardInPlace()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        var form = await _app.SayAsync(TestUser.Alice, "bilan 2023 7");

        var updated = await _app.SubmitAsync(TestUser.Alice, form, "bilan.save", BilanSteps.Inputs("Contrat de ville"));

        Assert.Contains("Brouillon enregistré.", CardJson.Texts(updated), StringComparison.Ordinal);
        Assert.Equal("Contrat de ville", CardJson.InputValue(updated, "actions"));
    }

    [Fact]
    public async Task ChangeDeadline_StaleCampaignCard_KeepsTheTypedDateAndSaysWhy()
    {
        var first = await BilanSteps.OpenCampaignAsync(_app);
        await _app.ClickAsync(TestUser.Admin, first, "bilan.deadline", new Dictionary<string, string> { ["deadline"] = "2027-02-15" });

        var stale = await _app.ClickAsync(TestUser.Admin, first, "bilan.deadline", new Dictionary<string, string> { ["deadline"] = "2027-03-01" });

        Assert.Contains("la campagne a changé entre-temps", CardJson.Texts(stale), StringComparison.Ordinal);
        Assert.Equal("2027-03-01", CardJson.InputValue(stale, "deadline"));
        Assert.Contains("lundi 15 février 2027", CardJson.Texts(stale), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_InEnglish_SpeaksEnglish()
    {
        await BilanSteps.OpenCampaignAsync(_app);

        var card = await _app.SayAsync(TestUser.Alice.InEnglish(), "report 2023 5");

        var texts = CardJson.Texts(card);
        Assert.Contains("Bilan 2023 · Workstream 5", texts, StringComparison.Ordinal);
        Assert.Contains("Save draft", texts, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, card.ValueKind);
    }
}
