using System.Text.Json;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Journal;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Funding;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Journal;

/// <summary>The audit journal through <c>/api/messages</c> on Azurite: changes recorded with who and where, shown to admins only, filtered and paged.</summary>
public sealed class JournalTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync() => _app = await BilanApp.StartAsync(new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.FromHours(2)));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private const string Convention = "amp-arhlm-2022-2024";
    private const string Plh = "cua-arras-plh-2014-2020";

    private AuditJournal Journal => _app.Services.GetRequiredService<AuditJournal>();

    [Fact]
    public async Task FundingSave_IsJournaled_WithWhoWhereAndWhatChanged()
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");
        await _app.ClickAsync(TestUser.Admin, card, "funding.save", FundingFlowTests.Inputs(call: "2023-03-10", documents: "rib,statuts"));

        var entry = Assert.Single((await Journal.ReadAsync(JournalQuery.All, null, 10, CancellationToken.None)).Entries);
        Assert.Equal(TestUser.Admin.AadObjectId, entry.ActorId);
        Assert.Equal("Claire Métropole", entry.ActorName);
        Assert.Equal(TestUser.Admin.ConversationId, entry.ConversationId);
        Assert.Equal(2023, entry.Year);
        Assert.Equal("Contribution 2023", entry.Subject);
        Assert.Equal("appel de fonds reçu le 10/03/2023 ; pièces reçues : un RIB, les statuts de l’association et leur mise à jour", entry.Summary);
        var shown = CardJson.Texts(await _app.SayAsync(TestUser.Admin, "journal"));
        Assert.Contains("Contribution 2023\u00a0: appel de fonds reçu le 10/03/2023\u202f; pièces reçues\u00a0: un RIB", shown, StringComparison.Ordinal);
        Assert.Contains("— Claire Métropole", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAndAnnex_ListTheJournaledChange()
    {
        var card = await _app.SayAsync(TestUser.Admin, "financement 2023");
        await _app.ClickAsync(TestUser.Admin, card, "funding.save", FundingFlowTests.Inputs(call: "2023-03-10"));
        var journal = await _app.SayAsync(TestUser.Admin, "journal");

        var export = await _app.ClickAsync(TestUser.Admin, journal, "journal.export"); // opened as a new card
        var csv = await _app.Client.GetStringAsync(CardJson.Links(export)[0].PathAndQuery);
        var document = await _app.Client.GetStringAsync(CardJson.Links(await _app.SayAsync(TestUser.Admin, "export bilan 2023"))[0].PathAndQuery);

        Assert.Contains($"Claire Métropole;{TestUser.Admin.AadObjectId};{TestUser.Admin.ConversationId};", csv, StringComparison.Ordinal);
        Assert.Contains(";2023;;Contribution 2023;appel de fonds reçu le 10/03/2023\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("<h2>Annexe — journal des modifications de 2023</h2>", document, StringComparison.Ordinal);
        Assert.Contains("<td>Claire Métropole</td><td>Contribution 2023</td><td>appel de fonds reçu le 10/03/2023</td>", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BilanCampaignSubmitAndReview_AreJournaledWithTheComment()
    {
        await BilanSteps.OpenCampaignAsync(_app);
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 5, "Trois ateliers.");
        var form = await _app.SayAsync(TestUser.Admin, "bilan 2023 5");
        await _app.ClickAsync(TestUser.Admin, form, "bilan.requestChanges", new Dictionary<string, string> { ["reviewComment"] = "Précisez les bailleurs." });

        var entries = (await Journal.ReadAsync(new JournalQuery(Year: 2023), null, 10, CancellationToken.None)).Entries;

        Assert.Equal(
            [
                "Bilan 2023 · chantier 5 | modifications demandées (version 2), commentaire : « Précisez les bailleurs. » | Claire Métropole",
                "Bilan 2023 · chantier 5 | soumis (version 1) | Alice Hlm",
                "Campagne de bilan 2023 | ouverte, date limite de remise le 29/01/2027 | Claire Métropole",
            ],
            entries.Select(e => $"{e.Subject} | {e.Summary} | {e.ActorName}"));
    }

    [Fact]
    public async Task Journal_NotAdmin_IsRefusedInFrench()
    {
        var answer = await _app.SayAsync(TestUser.Alice, "journal");

        Assert.Contains("Seuls les administrateurs", CardJson.Shown(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscribeThenUnsubscribe_AreJournaled()
    {
        await _app.SayAsync(TestUser.Alice, "abonner");
        await _app.SayAsync(TestUser.Alice, "désabonner");

        var entries = (await Journal.ReadAsync(new JournalQuery(Person: "alice"), null, 10, CancellationToken.None)).Entries;
        Assert.Equal(["conversation désabonnée des rappels", "conversation abonnée aux rappels"], entries.Select(e => e.Summary));
    }

    [Fact]
    public async Task Journal_FiltersByYearChantierAndPerson()
    {
        await RecordAsync(TestUser.Admin, new JournalChange(Convention, "Bilan 2023 · chantier 5", "validé", 2023, 5));
        await RecordAsync(TestUser.Alice, new JournalChange(Convention, "Bilan 2024 · chantier 5", "soumis", 2024, 5));
        await RecordAsync(TestUser.Alice, new JournalChange(Convention, "Bilan 2024 · chantier 2", "brouillon enregistré", 2024, 2));

        Assert.Equal(["soumis", "validé"], await SummariesAsync("journal chantier 5"));
        Assert.Equal(["brouillon enregistré", "soumis"], await SummariesAsync("journal 2024"));
        Assert.Equal(["validé"], await SummariesAsync("journal CLAIRE metropole"));
        Assert.Empty(await SummariesAsync("journal personne"));
    }

    [Fact]
    public async Task Journal_ItemOfTheOtherDefinition_IsFilteredByItsOwnWordAndNeverMixed()
    {
        await RecordAsync(TestUser.Admin, new JournalChange(Convention, "Bilan 2024 · chantier 5", "soumis", 2024, 5));
        await RecordAsync(TestUser.Admin, new JournalChange(Plh, "Bilan 2016 · action 5", "validé", 2016, 5));

        var action = await _app.SayAsync(TestUser.Admin, "journal action 5");
        var all = CardJson.Texts(await _app.SayAsync(TestUser.Admin, "journal"));

        Assert.Equal(["soumis"], await SummariesAsync("journal chantier 5"));
        Assert.Equal(["validé"], await SummariesAsync("journal action 5"));
        Assert.Equal(["validé"], await SummariesAsync("journal 2014-2020"));
        Assert.Contains("Modifications concernant l’action 5 (PLH d’Arras 2014-2020), les plus récentes d’abord.", CardJson.Texts(action), StringComparison.Ordinal);
        Assert.Contains("«\u00a0journal chantier 1\u00a0», «\u00a0journal action 1\u00a0»", CardJson.Texts(action), StringComparison.Ordinal);
        Assert.Contains("— Claire Métropole · PLH d’Arras 2014-2020", all, StringComparison.Ordinal);
        Assert.Contains("— Claire Métropole · Convention Métropole – AR Hlm 2022-2024", all, StringComparison.Ordinal);
        Assert.DoesNotContain("· Convention Métropole", CardJson.Texts(await _app.SayAsync(TestUser.Admin, "journal 2024")), StringComparison.Ordinal);
        var catalog = _app.Services.GetRequiredService<ConventionCatalog>();
        var query = JournalQuery.Parse("2014-2020 action 5", catalog);
        Assert.Equal("cua-arras-plh-2014-2020 action 5", query.Text);
        Assert.Equal(query, JournalQuery.Parse(query.Text, catalog));
    }

    [Fact]
    public async Task Journal_MoreThanAPage_PagesNewestFirstWithoutRepeatingOrSkipping()
    {
        for (var i = 1; i <= JournalCommand.PageSize + 2; i++)
        {
            await RecordAsync(TestUser.Admin, new JournalChange("c", "Essai", $"modification n° {i}"));
        }

        var first = await _app.SayAsync(TestUser.Admin, "journal");
        var second = await _app.ClickAsync(TestUser.Admin, first, "journal.page");

        Assert.Equal(JournalCommand.PageSize, CountChanges(first));
        Assert.Equal("Essai : modification n° 12", Changes(first)[0]);
        Assert.Equal(2, CountChanges(second));
        Assert.Equal(["Essai : modification n° 2", "Essai : modification n° 1"], Changes(second));
        Assert.False(CardJson.HasAction(second, "journal.page"));
    }

    [Fact]
    public async Task Record_TypedTextFarTooLong_IsCutToAnExcerpt()
    {
        await RecordAsync(TestUser.Admin, new JournalChange("c", "Essai", new string('x', 40_000)));

        var entry = Assert.Single((await Journal.ReadAsync(JournalQuery.All, null, 10, CancellationToken.None)).Entries);
        Assert.True(entry.Summary.Length <= AuditJournal.SummaryMax, $"{entry.Summary.Length} characters");
    }

    private Task RecordAsync(TestUser user, JournalChange change) =>
        Journal.RecordAsync(new Caller(user.AadObjectId, user.Name, null, false, true, ConventionBot.Calendar.Language.French, user.ConversationId, "personal"), change, CancellationToken.None);

    private async Task<IReadOnlyList<string>> SummariesAsync(string command)
    {
        var texts = CardJson.Texts(await _app.SayAsync(TestUser.Admin, command)).Split('\n');
        return [.. texts.Where(t => t.StartsWith("Bilan ", StringComparison.Ordinal)).Select(t => t[(t.IndexOf('\u00a0', StringComparison.Ordinal) + 3)..])];
    }

    private static int CountChanges(JsonElement card) => Changes(card).Count;

    // Spaces compared plain: the typography's no-break spaces are checked by the funding test.
    private static List<string> Changes(JsonElement card) =>
        [.. CardJson.Texts(card).Replace('\u00a0', ' ').Replace('\u202f', ' ').Split('\n').Where(t => t.StartsWith("Essai", StringComparison.Ordinal))];
}
