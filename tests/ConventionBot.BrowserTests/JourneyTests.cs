using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConventionBot.BrowserTests;

/// <summary>
/// The main user journeys, one after the other in one playground conversation (in any order: each starts with a
/// command and waits for its own answers). Each asserts on what the page shows (in French, the playground's en-US locale being overridden as in scripts/run.sh)
/// and leaves a screenshot in TestResults/screenshots.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class JourneyTests(BrowserFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    private Chat Chat => fixture.Chat;

    [Fact]
    public Task Aide_ShowsTheCommandList() => Chat.JourneyAsync("01-aide", async () =>
    {
        var card = await Chat.SendAsync("aide", "Écrivez-moi une de ces commandes :");

        await Expect(card).ToContainTextAsync("désabonner");
        await Expect(card).ToContainTextAsync("Majuscules et accents ne comptent pas.");
        await Expect(Chat.Button(card, "convention")).ToBeVisibleAsync();
    });

    [Fact]
    public Task UnknownCommand_IsNotUnderstood_WithSuggestions() => Chat.JourneyAsync("02-inconnu", async () =>
    {
        var card = await Chat.SendAsync("bonjour robot", "Je n’ai pas compris « bonjour robot ». Vouliez-vous dire :");

        await Expect(Chat.Button(card, "Toutes les commandes")).ToBeVisibleAsync();
        // The no-break spaces reach the page (the assertions above compare on normalised whitespace).
        Assert.Contains("«\u00A0bonjour robot\u00A0». Vouliez-vous dire\u00A0:", await card.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await card.GetByRole(AriaRole.Button).CountAsync() >= 2, "a suggestion besides « Toutes les commandes »");
    });

    [Fact]
    public Task Convention_ShowsTheConventionCard() => Chat.JourneyAsync("03-convention", async () =>
    {
        var card = await Chat.SendAsync("convention", "Convention de partenariat 2022-2024");

        await Expect(card).ToContainTextAsync("Cette convention a pris fin le mardi 31 décembre 2024.");
        await Expect(Chat.Button(card, "Tous les chantiers")).ToBeVisibleAsync();
    });

    [Fact]
    public Task AbonnerThenDesabonner_ConfirmsEach() => Chat.JourneyAsync("04-abonner-desabonner", async () =>
    {
        var subscribed = await Chat.SendAsync("abonner", "C’est noté : cette conversation est abonnée.");
        await Expect(subscribed).ToContainTextAsync("Elle recevra désormais :");
        await Chat.ScreenshotAsync("04-abonner");

        await Chat.SendAsync("désabonner", "C’est noté : cette conversation ne recevra plus ni rappels ni alertes.");
    });

    [Fact]
    public Task Bilan2024_OpenCampaign_SaveDraft_Submit_ValidateWithComment_Document() => Chat.JourneyAsync("05-bilan-2024", async () =>
    {
        var campaign = await Chat.SendAsync("bilan 2024", "La campagne de bilan 2024 n’est pas encore ouverte.");
        await Chat.FillComboboxAsync(campaign, "Date limite de remise des bilans", "2026-12-17", "17 décembre 2026");
        campaign = await Chat.ClickAsync(Chat.Button(campaign, "Ouvrir la campagne"), "Campagne ouverte.");
        await Expect(campaign).ToContainTextAsync("jeudi 17 décembre 2026");
        await Expect(campaign).ToContainTextAsync("0 validé, 0 soumis, 7 à rendre sur 7");
        await Chat.ScreenshotAsync("05-bilan-2024-campagne");

        // Each chantier's button names it.
        var form = await Chat.ClickAsync(Chat.Button(campaign, "Ouvrir le chantier 5"), "Bilan 2024 · Chantier 5");
        await Expect(form).ToContainTextAsync("Statut : Non commencé");
        await Chat.ScreenshotAsync("05-bilan-2024-chantier-5");

        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Groupes de travail" }).CheckAsync();
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Actions menées" }).FillAsync("Trois ateliers avec les bailleurs sur le relogement.");
        await form.GetByRole(AriaRole.Spinbutton, new() { Name = "Réunions tenues" }).FillAsync("4");
        form = await Chat.ClickAsync(Chat.Button(form, "Enregistrer le brouillon"), "Brouillon enregistré.");
        await Expect(form).ToContainTextAsync("Statut : Brouillon");
        // The saved draft is what the card shows again.
        await Expect(form.GetByRole(AriaRole.Textbox, new() { Name = "Actions menées" })).ToHaveValueAsync("Trois ateliers avec les bailleurs sur le relogement.");
        await Expect(form.GetByRole(AriaRole.Checkbox, new() { Name = "Groupes de travail" })).ToBeCheckedAsync();
        await Chat.ScreenshotAsync("05-bilan-2024-brouillon");

        await form.GetByRole(AriaRole.Combobox, new() { Name = "Avancement" }).ClickAsync();
        await Chat.Page.GetByRole(AriaRole.Option, new() { Name = "En cours", Exact = true }).ClickAsync();
        form = await Chat.ClickAsync(Chat.Button(form, "Soumettre à la Métropole"), "Bilan soumis à la Métropole.");
        await Expect(form).ToContainTextAsync("Statut : Soumis");
        // Submitted: the form's own buttons are gone, the review's are there (everyone is admin in Development).
        await Expect(Chat.Button(form, "Soumettre à la Métropole")).ToHaveCountAsync(0);

        await form.GetByRole(AriaRole.Textbox, new() { Name = "Commentaire de la Métropole" }).FillAsync("Bon travail ; précisez les bailleurs en 2025.");
        form = await Chat.ClickAsync(Chat.Button(form, "Valider"), "Chantier validé.");
        await Expect(form).ToContainTextAsync("Statut : Validé");
        await Expect(form).ToContainTextAsync("Validé par Alex Wilber");
        await Expect(form).ToContainTextAsync("avec ce commentaire : « Bon travail ; précisez les bailleurs en 2025. »");
        await Chat.ScreenshotAsync("05-bilan-2024-valide");

        // The consolidated document, opened from the export card as a reader would: the comment beside its chantier, and accessible.
        var export = await Chat.SendAsync("export bilan 2024", "Bilan consolidé 2024");
        var document = await Chat.Page.Context.RunAndWaitForPageAsync(() => export.GetByRole(AriaRole.Link, new() { Name = "Ouvrir le document (imprimable)" }).ClickAsync());
        await document.WaitForLoadStateAsync();
        await Expect(document.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bilan annuel 2024");
        await Expect(document.Locator("main")).ToContainTextAsync("Bon travail ; précisez les bailleurs en 2025.");
        Assert.Equal("fr", await document.Locator("html").GetAttributeAsync("lang"));
        await document.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotsDirectory, "05-bilan-2024-document.png"), FullPage = true });
        await document.CloseAsync();
        var violations = await Axe.ViolationsAsync(fixture.Browser, document.Url);
        Assert.True(violations.Count == 0, "axe-core: " + string.Join("\n", violations));
    });

    [Fact]
    public Task PlhAction10_Card_Bilan2016WithItsIndicators_Document() => Chat.JourneyAsync("12-plh", async () =>
    {
        var card = await Chat.SendAsync("action 10", "Action 10 · ");
        await Expect(card).ToContainTextAsync("PLH d’Arras 2014-2020");
        await Expect(card).ToContainTextAsync("Indicateurs du bilan annuel");
        await Expect(card).ToContainTextAsync("objectif : 200 logements locatifs sociaux par an");
        await Chat.ScreenshotAsync("12-plh-action-10");
        await Expect(card).Not.ToContainTextAsync("Budget annuel");
        await Chat.Button(card, "Voir la fiche complète").ClickAsync();
        await Expect(card).ToContainTextAsync("Budget annuel");
        await Chat.ScreenshotAsync("12-plh-action-10-fiche");

        var campaign = await Chat.SendAsync("bilan 2016", "La campagne de bilan 2016 n’est pas encore ouverte.");
        await Chat.FillComboboxAsync(campaign, "Date limite de remise des bilans", "2026-12-17", "17 décembre 2026");
        campaign = await Chat.ClickAsync(Chat.Button(campaign, "Ouvrir la campagne"), "Campagne ouverte.");
        await Expect(campaign).ToContainTextAsync("Orientation 2");
        await Chat.ScreenshotAsync("12-plh-bilan-2016-campagne");

        var form = await Chat.SendAsync("bilan 2016 action 10", "Bilan 2016 · Action 10");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Actions menées" }).FillAsync("Programmation 2016 arrêtée avec les bailleurs.");
        await form.GetByRole(AriaRole.Spinbutton, new() { NameRegex = new Regex("^Nombre de logements locatifs sociaux financés") }).FillAsync("150");
        form = await Chat.ClickAsync(Chat.Button(form, "Enregistrer le brouillon"), "Brouillon enregistré.");
        await Expect(form.GetByRole(AriaRole.Spinbutton, new() { NameRegex = new Regex("^Nombre de logements locatifs sociaux financés") })).ToHaveValueAsync("150");
        await Chat.ScreenshotAsync("12-plh-bilan-2016-action-10");

        var export = await Chat.SendAsync("export bilan 2016", "Bilan consolidé 2016");
        var document = await Chat.Page.Context.RunAndWaitForPageAsync(() => export.GetByRole(AriaRole.Link, new() { Name = "Ouvrir le document (imprimable)" }).ClickAsync());
        await document.WaitForLoadStateAsync();
        await Expect(document.Locator("main")).ToContainTextAsync("Action 10 — ");
        await Expect(document.Locator("main")).ToContainTextAsync("75 % de l’objectif de 200 logements");
        await document.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotsDirectory, "12-plh-bilan-2016-document.png"), FullPage = true });
        await document.CloseAsync();
        var violations = await Axe.ViolationsAsync(fixture.Browser, document.Url);
        Assert.True(violations.Count == 0, "axe-core: " + string.Join("\n", violations));
    });

    [Fact]
    public Task Financement2024_ShowsTheContributionCard() => Chat.JourneyAsync("06-financement-2024", async () =>
    {
        var card = await Chat.SendAsync("financement 2024", "Contribution 2024 de la Métropole");

        await Expect(card).ToContainTextAsync("Montant");
    });

    [Fact]
    public Task Planifier_PastDate_IsRefusedInFrench_AndKeepsTheInputs() => Chat.JourneyAsync("07-planifier-date-passee", async () =>
    {
        var form = await Chat.SendAsync("planifier", "Planifier une réunion");
        await Chat.ScreenshotAsync("07-planifier-formulaire");
        await Chat.FillComboboxAsync(form, "Date", "2026-11-20", "20 novembre 2026");
        await Chat.FillComboboxAsync(form, "Heure (heure de Paris)", "14:30", "14:30");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Lieu ou lien de visioconférence" }).FillAsync("Hôtel de la Métropole, salle 3");

        form = await Chat.ClickAsync(Chat.Button(form, "Planifier"), "Cette date est passée : choisissez une date à venir.");
        await Expect(form).ToContainTextAsync("Le formulaire contient des erreurs, signalées sous les champs concernés ; rien n’a été enregistré.");
        // What the person typed is still there, to correct only the date.
        await Expect(form.GetByRole(AriaRole.Combobox, new() { Name = "Date" })).ToHaveValueAsync("20 novembre 2026");
        await Expect(form.GetByRole(AriaRole.Combobox, new() { Name = "Heure (heure de Paris)" })).ToHaveValueAsync("14:30");
        await Expect(form.GetByRole(AriaRole.Textbox, new() { Name = "Lieu ou lien de visioconférence" })).ToHaveValueAsync("Hôtel de la Métropole, salle 3");
    });

    [Fact]
    public Task Planifier_ThroughTheDateAndTimePickers_SchedulesTheMeeting() => Chat.JourneyAsync("08-planifier", async () =>
    {
        var form = await Chat.SendAsync("planifier cotech", "Planifier une réunion");
        await Chat.FillComboboxAsync(form, "Date", "2026-12-17", "17 décembre 2026");
        await Chat.FillComboboxAsync(form, "Heure (heure de Paris)", "14:30", "14:30");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Lieu ou lien de visioconférence" }).FillAsync("Hôtel de la Métropole, salle 3");

        var confirmation = await Chat.ClickAsync(Chat.Button(form, "Planifier"), "Réunion planifiée.");
        await Expect(confirmation).ToContainTextAsync("jeudi 17 décembre 2026");
        await Expect(confirmation).ToContainTextAsync("14 h 30");
        await Expect(confirmation).ToContainTextAsync("Hôtel de la Métropole, salle 3");
        // An Action.OpenUrl: the playground shows it as a link whose title is the meeting's signed invitation.
        var invitation = confirmation.GetByRole(AriaRole.Link, new() { Name = "Ajouter à mon agenda (.ics)", Exact = true });
        await Expect(invitation).ToHaveAttributeAsync("title", new Regex(@"/exports/meetings/[0-9a-f]{12}\.ics\?t="));
    });

    [Fact]
    public Task Consigner_APastCotech_WithItsParticipants_CountsForItsYear() => Chat.JourneyAsync("09-consigner", async () =>
    {
        var form = await Chat.SendAsync("consigner cotech", "Consigner une réunion passée");
        await Chat.FillComboboxAsync(form, "Date", "2023-11-14", "14 novembre 2023");
        await Chat.FillComboboxAsync(form, "Heure (heure de Paris)", "10:00", "10:00");

        var followUp = await Chat.ClickAsync(Chat.Button(form, "Consigner la réunion"), "Réunion consignée comme tenue.");
        await followUp.GetByRole(AriaRole.Textbox, new() { Name = "Compte-rendu" }).FillAsync("Point d’étape des sept chantiers.");
        await followUp.GetByRole(AriaRole.Textbox, new() { Name = "un nom par ligne" }).FillAsync("Louis Durand, Marie Curie");
        await Chat.ScreenshotAsync("09-consigner-suivi");
        var saved = await Chat.ClickAsync(Chat.Button(followUp, "Enregistrer le suivi"), "Suivi enregistré.");
        await Expect(saved).ToContainTextAsync("Participants (2)");
        await Expect(saved).ToContainTextAsync("Louis Durand, Marie Curie");
        await Chat.ScreenshotAsync("09-consigner-enregistre");

        var convention = await Chat.SendAsync("convention", "Convention de partenariat 2022-2024");
        await Expect(convention).ToContainTextAsync("COTECH 1/2");
    });

    [Fact]
    public Task Journal_ShowsTheChangesWithTheirAuthor() => Chat.JourneyAsync("10-journal", async () =>
    {
        // Its own change first, so the journal has at least one line whatever ran before.
        await Chat.SendAsync("abonner", "C’est noté : cette conversation est abonnée.");
        var card = await Chat.SendAsync("journal", "Journal des modifications");

        await Expect(card).ToContainTextAsync("Alex Wilber");
        await Expect(card).ToContainTextAsync("Abonnements : conversation abonnée aux rappels");
        await Expect(Chat.Button(card, "Exporter tout le journal (CSV)")).ToBeVisibleAsync();
    });

    [Fact]
    public Task TableauDeBord_OpensTheDashboardPage_LightAndDark() => Chat.JourneyAsync("11-tableau-de-bord", async () =>
    {
        var card = await Chat.SendAsync("tableau de bord", "Tableau de bord");
        await Expect(card).ToContainTextAsync("Bilans annuels (art. 5)");
        await Chat.ScreenshotAsync("11-tableau-de-bord-carte");

        // The playground shows no tabs: the card's button opens the tab's page itself, as a reader would.
        var page = await Chat.Page.Context.RunAndWaitForPageAsync(() => card.GetByRole(AriaRole.Link, new() { Name = "Ouvrir le tableau de bord" }).ClickAsync());
        await page.WaitForLoadStateAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Convention de partenariat");
        // A figure, not a pass/fail: how soon the page was usable (its whole content is in the first response).
        output.WriteLine($"Dashboard page: DOMContentLoaded after {await page.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"):F0} ms");
        var bilans = page.GetByRole(AriaRole.Table, new() { Name = "Bilans annuels (art. 5)" });
        await Expect(bilans.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(7);
        await Expect(bilans.GetByRole(AriaRole.Columnheader, new() { Name = "2024" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Chantiers validés par année" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Réunions tenues ou prévues par année, et minimum de la convention" })).ToBeVisibleAsync();
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotsDirectory, "11-tableau-de-bord-page.png"), FullPage = true });
        var light = await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor");

        var dark = page.Url + "&theme=dark";
        await page.GotoAsync(dark);
        Assert.Equal("rgb(31, 31, 31)", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor"));
        Assert.Equal("rgb(255, 255, 255)", light);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotsDirectory, "11-tableau-de-bord-page-sombre.png"), FullPage = true });
        var url = page.Url;
        await page.CloseAsync();

        foreach (var theme in new[] { url.Replace("&theme=dark", "", StringComparison.Ordinal), url, url.Replace("theme=dark", "theme=contrast", StringComparison.Ordinal) })
        {
            var violations = await Axe.ViolationsAsync(fixture.Browser, theme);
            Assert.True(violations.Count == 0, theme + " — axe-core: " + string.Join("\n", violations));
        }
    });
}
